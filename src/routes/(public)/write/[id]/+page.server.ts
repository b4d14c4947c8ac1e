import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { plainText } from '#lib/server/content/document.ts';
import { videoSummary } from '#lib/server/media/videos.ts';
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
	const { stories, videos } = app();
	const [history, mine, uploaded] = await Promise.all([
		stories.storyHistory(s.id),
		stories.storiesBy(actor.userId),
		s.video?.source === 'upload' ? videos.videosByIds([s.video.videoId]) : null
	]);
	const video = s.video?.source === 'upload' ? uploaded?.get(s.video.videoId) : undefined;
	return {
		translationChoices: mine
			.filter((m) => m.id !== s.id && m.language !== s.language)
			.map((m) => ({ id: m.id, title: m.title, language: m.language })),
		story: {
			id: s.id,
			kind: s.kind,
			coverImageId: s.coverImageId,
			photos: s.photos,
			videoLink: s.video?.source === 'embed' ? s.video.url : '',
			video: video ? { id: video.id, src: videoSummary(video).src } : null,
			translationOf: s.translationGroup && s.translationGroup !== s.id ? s.translationGroup : null,
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
