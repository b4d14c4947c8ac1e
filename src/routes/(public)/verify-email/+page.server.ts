import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { isAppError } from '#lib/server/core/errors.ts';
import { applySetCookies, requestInfo } from '#lib/web/forms.ts';
import { setFlash } from '#lib/web/flash.ts';

/** Opening the emailed link confirms the address and signs the person in. */
export const load: PageServerLoad = async (event) => {
	const token = event.url.searchParams.get('token') ?? '';
	try {
		const step = await app().accounts.verifyEmail(token, requestInfo(event));
		applySetCookies(event.cookies, step.setCookies);
	} catch (err) {
		if (!isAppError(err)) throw err;
		return { failed: true };
	}
	setFlash(event.cookies, { kind: 'success', key: 'auth.signIn.verified' });
	redirect(303, '/account');
};
