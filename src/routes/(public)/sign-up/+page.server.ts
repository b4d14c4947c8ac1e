import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { formValues, requestInfo, runForm } from '#lib/web/forms.ts';

/** Creating an account: the current privacy notice version is shown and accepted here. */
export const load: PageServerLoad = async ({ locals }) => {
	if (locals.viewer) redirect(303, '/account');
	const notice = await app().privacy.currentNotice();
	return { privacyVersion: notice.version };
};

export const actions: Actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await runForm(event, values, () => app().accounts.signUp(values, requestInfo(event)));
		if (!('next' in result)) return result;
		return {
			checkEmail: true,
			email: String(values.email ?? '')
				.trim()
				.toLowerCase()
		};
	}
};
