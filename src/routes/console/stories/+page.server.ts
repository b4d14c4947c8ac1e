import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { authorize } from '#lib/web/guards.ts';

const tabs = ['submitted', 'scheduled', 'published', 'unpublished'] as const;
const tabInput = z.enum(tabs).catch('submitted');

/** The reviewers' queue: stories waiting for review, scheduled, published and taken down. */
export const load: PageServerLoad = async (event) => {
	authorize(event, storiesPolicy.canReview);
	const tab = tabInput.parse(event.url.searchParams.get('tab') ?? undefined);
	const rows = await app().stories.reviewQueue(tab);
	return {
		tab,
		tabs,
		stories: rows.map((r) => ({
			...r,
			updatedAt: r.updatedAt.toISOString(),
			publishedAt: r.publishedAt?.toISOString() ?? null
		}))
	};
};
