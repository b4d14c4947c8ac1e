import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { authorize } from '#lib/web/guards.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

/** Starting a story: it is saved as a private draft, then edited on its own page. */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, storiesPolicy.canWrite);
	const mine = await app().stories.storiesBy(viewer.userId);
	const asked = event.url.searchParams.get('translationOf');
	const original = mine.find((m) => m.id === asked);
	return {
		translationChoices: mine.map((m) => ({ id: m.id, title: m.title, language: m.language })),
		// "Write a translation" on a story's page: start with that story chosen, as a text to translate.
		translationOf: original?.id ?? null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const viewer = authorize(event, storiesPolicy.canWrite);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().stories.createStory({ userId: viewer.userId, reviewer: false }, values)
		);
		if (!('id' in result)) return result;
		redirect(303, `/write/${result.id}`);
	}
};
