import type { Actions, PageServerLoad } from './$types';
import { runForm } from '#lib/web/forms.ts';
import { app } from '#lib/server/app.ts';
import { symbolsPolicy } from '#lib/server/symbols/policy.ts';
import { pngSizes } from '#lib/server/symbols/artwork.ts';
import { authorize } from '#lib/web/guards.ts';

/** A Mate's symbols: downloads and embed code while their term runs, and where the symbols are shown. */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, symbolsPolicy.canDownload);
	const { symbols } = app();
	const [embeds, loyalty] = await Promise.all([
		symbols.embedCodeFor(viewer.userId),
		symbols.loyaltyOf(viewer.userId)
	]);
	return {
		embeds,
		sizes: [...pngSizes],
		loyalty: {
			since: loyalty.since,
			sites: loyalty.sites,
			checks: loyalty.checks.map((c) => ({ ...c, checkedAt: c.checkedAt.toISOString() }))
		}
	};
};

export const actions: Actions = {
	/** "Check my sites now": queued; the page says so, or how long to wait. */
	check: async (event) => {
		const viewer = authorize(event, symbolsPolicy.canDownload);
		const result = await runForm(event, {}, () => app().symbols.askForSiteCheck(viewer.userId));
		if (result !== undefined) return result;
		return { asked: true };
	}
};
