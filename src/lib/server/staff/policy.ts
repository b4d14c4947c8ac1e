import { hasRole, isStaff, type Viewer } from '../accounts/roles.ts';

/**
 * Who may use the staff console and manage staff accounts, roles and departments. Routes ask these
 * questions on the server for every page, action and endpoint.
 */
export const staffPolicy = {
	/** Staff must have TOTP on before any staff role is usable. */
	canUseConsole: (v: Viewer | null) => isStaff(v) && !!v?.twoFactorEnabled,
	canManageStaff: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'admin')
};
