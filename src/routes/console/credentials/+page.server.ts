import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { isAppError } from '#lib/server/core/errors.ts';
import { credentialsPolicy } from '#lib/server/credentials/policy.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { chosenFile, formValues, readForm, runForm, toFailure, valuesOf } from '#lib/web/forms.ts';

/**
 * The programme team's list of issued credentials, where one is revoked with a reason; administrators
 * also set what the PDF certificates show under the signature line.
 */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, credentialsPolicy.canRevoke);
	const q = event.url.searchParams.get('q') ?? '';
	const { credentials } = app();
	const canConfigure = credentialsPolicy.canConfigureCertificate(viewer);
	const [issued, certificate] = await Promise.all([
		credentials.listIssued({ q }),
		canConfigure ? credentials.certificateSettings() : null
	]);
	return {
		q,
		issued: issued.map((c) => ({
			id: c.id,
			number: c.number,
			holder: c.holder,
			validFrom: c.validFrom.toISOString(),
			validUntil: c.validUntil.toISOString(),
			revokedAt: c.revokedAt?.toISOString() ?? null,
			revokedReason: c.revokedReason
		})),
		certificate
	};
};

export const actions: Actions = {
	revoke: async (event) => {
		authorize(event, credentialsPolicy.canRevoke);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () => app().credentials.revoke(actionContext(event), values));
		// A failure keeps what was sent (the id too), so the page shows it beside the right credential.
		return result && 'number' in result ? { revoked: result.number } : result;
	},
	certificate: async (event) => {
		authorize(event, credentialsPolicy.canConfigureCertificate);
		const data = await readForm(event, { extra: { form: 'certificate' } });
		if (!(data instanceof FormData)) return data;
		const values = valuesOf(data);
		const signature = await chosenFile(data, 'signature');
		try {
			await app().credentials.saveCertificateSettings(actionContext(event), values, signature?.bytes ?? null);
		} catch (err) {
			if (!isAppError(err)) throw err;
			return fail(400, {
				...toFailure(event.locals.t, err.code, err.params, err.fields, values),
				form: 'certificate'
			});
		}
		return { certificateSaved: true };
	}
};
