import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

/**
 * The link at the foot of every forum email: says what it stops (instant emails or the digest) for
 * which address, and stops it when the button is pressed. No sign-in: the link is signed. Opening
 * it changes nothing, so a mail scanner that follows links unsubscribes nobody.
 */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The token stays on this site (same-origin, not no-referrer: with no referrer at all the browser
	// sends `Origin: null` on the confirming POST, and SvelteKit's origin check refuses it).
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'same-origin' });
	const found = await app().notifications.unsubscribeFor(params.token);
	return { unsubscribe: found };
};

export const actions: Actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await runForm(event, values, () => app().notifications.unsubscribe(event.params.token));
		if (typeof result !== 'string') return result;
		return { done: result };
	}
};
