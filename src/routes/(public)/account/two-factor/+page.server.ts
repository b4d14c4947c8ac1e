import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { isStaff } from '#lib/server/accounts/roles.ts';
import { authorize } from '#lib/web/guards.ts';
import { accountsPolicy } from '#lib/server/accounts/policy.ts';
import { applySetCookies, formValues, requestInfo, runForm } from '#lib/web/forms.ts';
import { setFlash } from '#lib/web/flash.ts';

/** Setting up TOTP: required for staff before the console opens, optional for everyone else. */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, accountsPolicy.canManageOwnAccount);
	return { enabled: viewer.twoFactorEnabled, staff: isStaff(viewer) };
};

export const actions: Actions = {
	begin: async (event) => {
		authorize(event, accountsPolicy.canManageOwnAccount);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().accounts.startTwoFactorSetup(values, requestInfo(event))
		);
		if (!('totpURI' in result)) return result;
		const secret = new URL(result.totpURI).searchParams.get('secret') ?? '';
		return { setup: { totpURI: result.totpURI, secret, backupCodes: result.backupCodes } };
	},
	confirm: async (event) => {
		const viewer = authorize(event, accountsPolicy.canManageOwnAccount);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().accounts.confirmTwoFactorSetup(values, requestInfo(event))
		);
		if (!('setCookies' in result)) return { ...result, confirming: true };
		applySetCookies(event.cookies, result.setCookies);
		setFlash(event.cookies, { kind: 'success', key: 'auth.setup2fa.done' });
		redirect(303, isStaff(viewer) ? '/console' : '/account');
	}
};
