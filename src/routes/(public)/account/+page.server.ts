import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { accountsPolicy } from '#lib/server/accounts/policy.ts';
import { applySetCookies, formValues, requestInfo, runForm } from '#lib/web/forms.ts';
import { setFlash } from '#lib/web/flash.ts';
import { isStaff } from '#lib/server/accounts/roles.ts';
import { credentialsPolicy } from '#lib/server/credentials/policy.ts';

/** A person's own account: details, roles, sign-in security, privacy notice, export and deletion. */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, accountsPolicy.canManageOwnAccount);
	const { privacy } = app();
	const [status, notice, contentPolicy, applications, profile, credentials, emailSettings] =
		await Promise.all([
			privacy.status(viewer.userId),
			privacy.currentNotice(),
			privacy.contentOnDeletion(),
			app().mates.applicationsOf(viewer.userId),
			app().mates.profileOfUser(viewer.userId),
			credentialsPolicy.canDownloadOwn(viewer) ? app().credentials.credentialsOf(viewer.userId) : null,
			app().notifications.settingsOf(viewer.userId)
		]);
	return {
		account: {
			name: viewer.name,
			email: viewer.email,
			roles: viewer.roles,
			createdAt: status.createdAt.toISOString(),
			twoFactorEnabled: viewer.twoFactorEnabled,
			staff: isStaff(viewer),
			privacyVersion: status.version,
			privacyAcceptedAt: status.acceptedAt?.toISOString() ?? null
		},
		applications,
		profileSlug: profile?.slug ?? null,
		credentials: credentials?.map((c) => ({
			id: c.id,
			name: c.name,
			validFrom: c.validFrom.toISOString(),
			validUntil: c.validUntil.toISOString()
		})),
		emailSettings,
		currentNoticeVersion: notice.version,
		contentPolicy
	};
};

export const actions: Actions = {
	emailSettings: async (event) => {
		const viewer = authorize(event, accountsPolicy.canManageOwnAccount);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().notifications.updateSettings(viewer.userId, values)
		);
		// Marked, so the page shows the refusal on this card and not on the others.
		if (result && 'status' in result) return fail(result.status, { ...result.data, emailSettings: true });
		setFlash(event.cookies, { kind: 'success', key: 'notifications.settings.saved' });
		redirect(303, '/account');
	},
	acceptPrivacy: async (event) => {
		const viewer = authorize(event, accountsPolicy.canManageOwnAccount);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().privacy.accept(viewer.userId, Number(values.version))
		);
		if (result !== undefined) return result;
		setFlash(event.cookies, { kind: 'success', key: 'account.accepted' });
		redirect(303, '/account');
	},
	deleteAccount: async (event) => {
		authorize(event, accountsPolicy.canManageOwnAccount);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().privacy.deleteAccount(actionContext(event), values)
		);
		if (result !== undefined) return { ...result, form: 'delete' };
		const out = await app().accounts.signOut(requestInfo(event));
		applySetCookies(event.cookies, out.setCookies);
		for (const c of event.cookies.getAll())
			if (c.name.startsWith('sotong')) event.cookies.delete(c.name, { path: '/' });
		setFlash(event.cookies, { kind: 'info', key: 'account.deleted' });
		redirect(303, '/');
	}
};
