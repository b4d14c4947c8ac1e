import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { formValues, runForm } from '#lib/web/forms.ts';
import { setFlash } from '#lib/web/flash.ts';

/** Accepting a staff invitation: the emailed token proves the address, the person picks a password. */
export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token') ?? '';
	const invitation = await app().staff.findInvitation(token);
	return {
		token,
		invitation: invitation && { name: invitation.name, email: invitation.email, roles: invitation.roles }
	};
};

export const actions: Actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().staff.acceptInvitation(values, event.locals.clientAddress)
		);
		if (!result || !('email' in result)) return result;
		setFlash(event.cookies, { kind: 'success', key: 'auth.invitation.done' });
		redirect(303, '/sign-in');
	}
};
