import { hasRole, type Viewer } from '../accounts/roles.ts';
import { staffPolicy } from '../staff/policy.ts';

/** Who may write and who may review. Which story and which step is checked by the workflow rules. */
export const storiesPolicy = {
	/** Active Mates write stories. */
	canWrite: (v: Viewer | null) => hasRole(v, 'mate'),
	/** Content reviewers (and administrators) review, publish and take stories down. */
	canReview: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'content-reviewer', 'admin'),
	/** The author, or a reviewer, may open a story that is not public. */
	canOpen: (v: Viewer | null, authorId: string) =>
		(!!v && v.userId === authorId) || storiesPolicy.canReview(v)
};
