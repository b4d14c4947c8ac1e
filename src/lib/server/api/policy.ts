import type { Viewer } from '../accounts/roles.ts';
import { staffPolicy } from '../staff/policy.ts';

/** API tokens are for staff integrations; any staff member with two-step sign-in may make their own. */
export const apiPolicy = {
	canManageApiTokens: (v: Viewer | null) => staffPolicy.canUseConsole(v),
	/** Administrators may revoke anyone's token (e.g. when a person leaves). */
	canRevokeAnyToken: (v: Viewer | null) => staffPolicy.canManageStaff(v)
};
