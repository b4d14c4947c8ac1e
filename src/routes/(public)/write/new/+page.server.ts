import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { authorize } from '#lib/web/guards.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

/** Starting a story: it is saved as a private draft, then edited on its own page. */
export const load: PageServerLoad = async (event) => {
	authorize(event, storiesPolicy.canWrite);
	return {};
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
