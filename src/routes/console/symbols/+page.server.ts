import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { symbolsPolicy } from '#lib/server/symbols/policy.ts';
import { authorize } from '#lib/web/guards.ts';

/** The programme team sees every Mate's symbol reach and site checks, to weigh loyalty. */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, symbolsPolicy.canSeeAllLoyalty);
	return {
		mates: await app().symbols.loyaltyOverview(),
		canManageArtwork: symbolsPolicy.canManageArtwork(viewer)
	};
};
