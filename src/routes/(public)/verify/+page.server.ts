import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import type { Verification } from '#lib/server/credentials/verify.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

/** The verification form: anyone pastes a signed credential (field `jwt`) and sees what it proves. */
export const load: PageServerLoad = async () => ({ jwks: `${app().env.ORIGIN}/.well-known/jwks.json` });

export const actions: Actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		let result: Verification | undefined;
		const failed = await runForm(event, values, async () => {
			result = await app().credentials.verifyJwt(values);
		});
		return failed ?? { result: result!, jwt: String(values.jwt ?? '') };
	}
};
