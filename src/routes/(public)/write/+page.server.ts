import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { authorize } from '#lib/web/guards.ts';

/** A Mate's own stories, in every state, with a way to start a new one. */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, storiesPolicy.canWrite);
	const stories = await app().stories.storiesBy(viewer.userId);
	return {
		stories: stories.map((s) => ({
			...s,
			updatedAt: s.updatedAt.toISOString(),
			publishedAt: s.publishedAt?.toISOString() ?? null
		}))
	};
};
