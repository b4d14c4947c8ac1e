import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { applySetCookies, formValues, requestInfo, runForm } from '#lib/web/forms.ts';
import { safeRedirectTarget } from '#lib/web/guards.ts';

/** The second sign-in step for accounts with TOTP; only reachable with a pending two-factor cookie. */
export const load: PageServerLoad = async ({ locals, url, cookies }) => {
	if (locals.viewer) redirect(303, '/account');
	if (!cookies.getAll().some((c) => c.name.endsWith('two_factor'))) redirect(303, '/sign-in');
	return { redirectTo: safeRedirectTarget(url.searchParams.get('redirectTo'), '') };
};

export const actions: Actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().accounts.verifyTwoFactor(values, requestInfo(event))
		);
		if (!('setCookies' in result)) return result;
		applySetCookies(event.cookies, result.setCookies);
		redirect(303, safeRedirectTarget(values.redirectTo, '') || '/console');
	}
};
