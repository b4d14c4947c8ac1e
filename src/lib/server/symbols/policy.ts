import { hasRole, type Viewer } from '../accounts/roles.ts';
import { matesPolicy } from '../mates/policy.ts';
import { staffPolicy } from '../staff/policy.ts';

/** Who may do what with the Mates' symbols. The per-Mate image addresses are public by design. */
export const symbolsPolicy = {
	/** Signed-in Mates; the service also requires a running, unrevoked credential. */
	canDownload: (v: Viewer | null) => !!v && hasRole(v, 'mate'),
	/** Where a Mate's symbols are shown: the Mate, and the programme team who select the best Mates. */
	canSeeLoyaltyOf: (v: Viewer | null, ownerId: string) =>
		(!!v && v.userId === ownerId && hasRole(v, 'mate')) || matesPolicy.canManageCohorts(v),
	/** Every Mate's loyalty record, in the console. */
	canSeeAllLoyalty: (v: Viewer | null) => matesPolicy.canManageCohorts(v),
	/** Replacing the symbols' artwork changes what every Mate shows: administrators. */
	canManageArtwork: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'admin')
};
