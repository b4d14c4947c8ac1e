import { hasRole, type Viewer } from '../accounts/roles.ts';
import { staffPolicy } from '../staff/policy.ts';

/** Who may change platform-wide settings and publish a privacy notice: administrators. */
export const settingsPolicy = {
	canManageSettings: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'admin')
};
