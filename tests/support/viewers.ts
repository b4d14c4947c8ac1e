import type { Role, Viewer } from '../../src/lib/server/accounts/roles.ts';

/**
 * A viewer with these roles, for policy tables (pure functions of the viewer: no account needed).
 * Staff roles count only with two-step sign-in, which is on unless told otherwise.
 */
export const viewerWith = (roles: Role[], twoFactorEnabled = true): Viewer => ({
	userId: 'u',
	name: 'n',
	email: 'e@example.com',
	emailVerified: true,
	roles,
	departmentId: null,
	twoFactorEnabled
});
