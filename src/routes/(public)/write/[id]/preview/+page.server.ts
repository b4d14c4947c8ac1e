import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { presentStoryWithMedia, videoLabels } from '#lib/server/stories/present.ts';
import { authorize, loadOrFail } from '#lib/web/guards.ts';

/** The story exactly as it will look when published, for its writer and for reviewers. */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, (v) => storiesPolicy.canWrite(v) || storiesPolicy.canReview(v));
	const { stories, mates } = app();
	const s = await loadOrFail(
		event,
		stories.storyForWork(
			{ userId: viewer.userId, reviewer: storiesPolicy.canReview(viewer) },
			event.params.id
		)
	);
	const author = await mates.profileOfUser(s.authorId);
	event.setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	return {
		story: await presentStoryWithMedia(s, app(), videoLabels(event.locals.t)),
		author,
		status: s.shownStatus
	};
};
