import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { isAppError } from '#lib/server/core/errors.ts';
import { symbolsPolicy } from '#lib/server/symbols/policy.ts';
import { symbolNameInput } from '#lib/server/symbols/schemas.ts';
import { symbolNames } from '#lib/server/symbols/schema.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { chosenFile, readForm, toFailure } from '#lib/web/forms.ts';
import { setFlash } from '#lib/web/flash.ts';

/** Administrators replace the two symbols' artwork (or go back to the built-in designs). */
export const load: PageServerLoad = async (event) => {
	authorize(event, symbolsPolicy.canManageArtwork);
	const symbols = await Promise.all(
		symbolNames.map(async (symbol) => ({ symbol, ...(await app().symbols.artworkOf(symbol)) }))
	);
	// Previews as data URLs of the checked SVG: shown through <img>, so nothing in them runs.
	return {
		symbols: symbols.map((s) => ({
			symbol: s.symbol,
			uploaded: s.uploaded,
			preview: `data:image/svg+xml;base64,${Buffer.from(s.svg).toString('base64')}`
		}))
	};
};

/** The symbol a form is for; anything else is not a symbol there is. */
function chosenSymbol(event: { locals: App.Locals }, data: FormData) {
	const symbol = symbolNameInput.safeParse(data.get('symbol'));
	if (!symbol.success) error(400, event.locals.t('errors.bad_request'), { code: 'bad_request' });
	return symbol.data;
}

export const actions: Actions = {
	upload: async (event) => {
		authorize(event, symbolsPolicy.canManageArtwork);
		// Too large to read, the form cannot say which symbol it was for: the page shows it above both.
		const data = await readForm(event, { extra: { symbol: null } });
		if (!(data instanceof FormData)) return data;
		const symbol = chosenSymbol(event, data);
		const svg = await chosenFile(data, 'svg');
		const png = await chosenFile(data, 'png');
		try {
			await app().symbols.uploadArtwork(
				actionContext(event),
				symbol,
				svg ? new TextDecoder().decode(svg.bytes) : '',
				png?.bytes ?? null
			);
		} catch (err) {
			if (!isAppError(err)) throw err;
			return fail(400, { symbol, ...toFailure(event.locals.t, err.code, err.params, err.fields, {}) });
		}
		setFlash(event.cookies, { kind: 'success', key: 'symbols.artwork.saved' });
		redirect(303, '/console/symbols/artwork');
	},
	reset: async (event) => {
		authorize(event, symbolsPolicy.canManageArtwork);
		const symbol = chosenSymbol(event, await event.request.formData());
		await app().symbols.resetArtwork(actionContext(event), symbol);
		setFlash(event.cookies, { kind: 'success', key: 'symbols.artwork.wasReset' });
		redirect(303, '/console/symbols/artwork');
	}
};
