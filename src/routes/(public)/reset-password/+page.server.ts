import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { formValues, runForm } from '#lib/web/forms.ts';
import { setFlash } from '#lib/web/flash.ts';

/** Choosing a new password from the emailed link (the token travels in a hidden field). */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await runForm(event, values, () => app().accounts.resetPassword(values));
		if (result !== undefined) return result;
		setFlash(event.cookies, { kind: 'success', key: 'auth.reset.done' });
		redirect(303, '/sign-in');
	}
};
