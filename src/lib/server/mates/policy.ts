import { hasRole, type Viewer } from '../accounts/roles.ts';
import { staffPolicy } from '../staff/policy.ts';

/** Who runs the Global Mates programme: programme managers (and administrators). */
export const matesPolicy = {
	canManageCohorts: (v: Viewer | null) =>
		staffPolicy.canUseConsole(v) && hasRole(v, 'programme-manager', 'admin'),
	/** Reading applications (personal data), scoring, deciding and importing: the programme team. */
	canReviewApplications: (v: Viewer | null) =>
		staffPolicy.canUseConsole(v) && hasRole(v, 'programme-manager', 'admin'),
	/** A Mate edits their own public profile; the programme team can edit anyone's. */
	canEditProfile: (v: Viewer | null, ownerId: string) =>
		(!!v && v.userId === ownerId && hasRole(v, 'mate')) || matesPolicy.canManageCohorts(v)
};
