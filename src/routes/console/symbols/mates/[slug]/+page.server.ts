import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { symbolsPolicy } from '#lib/server/symbols/policy.ts';
import { authorize } from '#lib/web/guards.ts';

/** One Mate's loyalty record for the programme team: where the symbols were shown, what checks found. */
export const load: PageServerLoad = async (event) => {
	authorize(event, symbolsPolicy.canSeeAllLoyalty);
	const record = await app().symbols.loyaltyOfMate(event.params.slug);
	if (!record) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	return {
		name: record.name,
		loyalty: {
			since: record.since,
			sites: record.sites,
			checks: record.checks.map((c) => ({ ...c, checkedAt: c.checkedAt.toISOString() }))
		}
	};
};
