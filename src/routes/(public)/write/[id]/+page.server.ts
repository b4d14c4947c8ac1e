import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { plainText } from '#lib/server/stories/document.ts';
import { authorize, loadOrFail } from '#lib/web/guards.ts';
import type { StoryAction } from '#lib/server/stories/workflow.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

const writer = (event: RequestEvent) => {
	const viewer = authorize(event, storiesPolicy.canWrite);
	return { userId: viewer.userId, reviewer: false };
};

/** The writer's page for one story: the editor, where it stands, what reviewers said, and its history. */
export const load: PageServerLoad = async (event) => {
	const actor = writer(event);
	const s = await loadOrFail(event, app().stories.storyForWork(actor, event.params.id));
	const history = await app().stories.storyHistory(s.id);
	return {
		story: {
			id: s.id,
			slug: s.slug,
			title: s.title,
			summary: s.summary,
			language: s.language,
			topics: s.topics,
			districts: s.districts,
			places: s.places,
			body: s.body,
			plain: plainText(s.body),
			shownStatus: s.shownStatus,
			actions: s.actions,
			editable: s.editable,
			updatedAt: s.updatedAt.toISOString()
		},
		history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() }))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const values = await formValues(event.request);
		return runForm(event, values, async () => {
			const saved = await app().stories.saveStory(writer(event), event.params.id, values);
			return { saved: saved.savedAt.toISOString() };
		});
	},
	move: async (event) => {
		const values = await formValues(event.request);
		// The service checks the step against the workflow: unknown or not-yours steps are refused there.
		const action = String(values.action ?? '') as StoryAction;
		return runForm(event, values, async () => {
			const moved = await app().stories.moveStory(writer(event), event.params.id, action, values);
			return { moved: moved.status };
		});
	}
};
