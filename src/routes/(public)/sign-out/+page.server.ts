import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { applySetCookies, requestInfo } from '#lib/web/forms.ts';
import { setFlash } from '#lib/web/flash.ts';

/** Signing out is a POST (a link could be triggered by another site); GET just goes home. */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		const result = await app().accounts.signOut(requestInfo(event));
		applySetCookies(event.cookies, result.setCookies);
		setFlash(event.cookies, { kind: 'info', key: 'auth.signOut.done' });
		redirect(303, '/');
	}
};
