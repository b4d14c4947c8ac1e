import { hasRole, type Viewer } from '../accounts/roles.ts';
import { staffPolicy } from '../staff/policy.ts';

/** Who may read the audit log: administrators only (it shows every staff action and address). */
export const auditPolicy = {
	canReadAudit: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'admin')
};
