import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import type { Verification } from '#lib/server/credentials/verify.ts';
import { chosenFile, readForm, runForm, valuesOf } from '#lib/web/forms.ts';

/**
 * The verification form: anyone pastes a signed credential (field `jwt`) or uploads a baked badge
 * image (field `badge`) and sees what it proves.
 */
export const load: PageServerLoad = async () => ({ jwks: `${app().env.ORIGIN}/.well-known/jwks.json` });

export const actions: Actions = {
	default: async (event) => {
		const data = await readForm(event);
		if (!(data instanceof FormData)) return data;
		const values = valuesOf(data);
		const badge = await chosenFile(data, 'badge');
		let result: Verification | undefined;
		const failed = await runForm(event, values, async () => {
			result = badge
				? await app().credentials.verifyPng(badge.bytes)
				: await app().credentials.verifyJwt(values);
		});
		return (
			failed ?? { result: result!, jwt: badge ? '' : String(values.jwt ?? ''), badge: badge?.name ?? null }
		);
	}
};
