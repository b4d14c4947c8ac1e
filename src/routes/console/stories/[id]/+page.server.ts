import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { presentStoryWithMedia, videoLabels } from '#lib/server/stories/present.ts';
import type { StoryAction } from '#lib/server/stories/workflow.ts';
import { authorize, loadOrFail } from '#lib/web/guards.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

const reviewer = (event: RequestEvent) => ({
	userId: authorize(event, storiesPolicy.canReview).userId,
	reviewer: true
});

/** Reviewing one story: the preview as it will be published, its history, and the reviewer's steps. */
export const load: PageServerLoad = async (event) => {
	const actor = reviewer(event);
	const { stories, mates } = app();
	const s = await loadOrFail(event, stories.storyForWork(actor, event.params.id));
	const [author, history, revisions] = await Promise.all([
		mates.profileOfUser(s.authorId),
		stories.storyHistory(s.id),
		stories.storyRevisions(s.id)
	]);
	return {
		story: await presentStoryWithMedia(s, app(), videoLabels(event.locals.t)),
		status: s.shownStatus,
		featured: !!s.featuredAt,
		actions: s.actions,
		author,
		history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
		revisions: revisions.map((r) => ({
			version: r.version,
			title: r.title,
			createdAt: r.createdAt.toISOString()
		}))
	};
};

export const actions: Actions = {
	feature: async (event) => {
		const values = await formValues(event.request);
		return runForm(event, values, async () => {
			await app().stories.featureStory(reviewer(event), event.params.id, values.featured === 'true');
			return { featured: values.featured === 'true' };
		});
	},
	move: async (event) => {
		const values = await formValues(event.request);
		// The service checks the step against the workflow; unknown or not-allowed steps are refused there.
		const action = String(values.action ?? '') as StoryAction;
		return runForm(event, values, async () => {
			const moved = await app().stories.moveStory(reviewer(event), event.params.id, action, values);
			return { moved: moved.status };
		});
	}
};
