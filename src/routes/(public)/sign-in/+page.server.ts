import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { getSetting } from '#lib/server/settings/service.ts';
import { isStaff } from '#lib/server/accounts/roles.ts';
import { applySetCookies, formValues, requestInfo, runForm } from '#lib/web/forms.ts';
import { safeRedirectTarget } from '#lib/web/guards.ts';

/** The sign-in page; in demo mode it also lists the demo accounts. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'), '');
	if (locals.viewer) redirect(303, redirectTo || (isStaff(locals.viewer) ? '/console' : '/account'));
	const { env, db } = app();
	return {
		redirectTo,
		verified: url.searchParams.has('verified'),
		demoCredentials: env.APP_MODE === 'demo' ? await getSetting(db, 'demo.credentials') : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const redirectTo = safeRedirectTarget(values.redirectTo, '');
		const result = await runForm(event, values, () => app().accounts.signIn(values, requestInfo(event)));
		if (!('setCookies' in result)) return result;
		applySetCookies(event.cookies, result.setCookies);
		if (result.next === 'two-factor')
			redirect(
				303,
				`/sign-in/two-factor${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ''}`
			);
		redirect(303, redirectTo || '/account');
	}
};
