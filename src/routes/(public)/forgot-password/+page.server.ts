import type { Actions } from './$types';
import { app } from '#lib/server/app.ts';
import { formValues, requestInfo, runForm } from '#lib/web/forms.ts';

/** Asking for a reset link; the answer is the same whether or not the address has an account. */
export const actions: Actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().accounts.requestPasswordReset(values, requestInfo(event))
		);
		if (result !== undefined) return result;
		return { sent: true, email: String(values.email ?? '').trim() };
	}
};
