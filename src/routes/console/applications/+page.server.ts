import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { matesPolicy } from '#lib/server/mates/policy.ts';
import { authorize } from '#lib/web/guards.ts';
import { countryOptions } from '#lib/server/core/countries.ts';

/** The review queue: confirmed applications waiting for a decision, filterable and sortable. */
export const load: PageServerLoad = async (event) => {
	authorize(event, matesPolicy.canReviewApplications);
	const { mates } = app();
	const [queue, cohorts] = await Promise.all([
		mates.reviewQueue(Object.fromEntries(event.url.searchParams)),
		mates.listCohorts()
	]);
	return {
		filter: queue.filter,
		total: queue.total,
		pages: queue.pages,
		rows: queue.rows.map((r) => ({ ...r, submittedAt: r.submittedAt.toISOString() })),
		years: cohorts.map((c) => c.year),
		countries: countryOptions(event.locals.locale)
	};
};
