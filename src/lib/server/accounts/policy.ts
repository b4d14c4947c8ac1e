import type { Viewer } from './roles.ts';

/** A person's own account pages (details, two-step sign-in, export, deletion) need only a sign-in. */
export const accountsPolicy = {
	canManageOwnAccount: (v: Viewer | null): v is Viewer => !!v
};
