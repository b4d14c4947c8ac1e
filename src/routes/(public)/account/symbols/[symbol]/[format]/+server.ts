import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { symbolsPolicy } from '#lib/server/symbols/policy.ts';
import { downloadFormatInput, symbolNameInput } from '#lib/server/symbols/schemas.ts';
import { authorize, loadOrFail } from '#lib/web/guards.ts';

/** An active Mate downloads a symbol as SVG or PNG at one size, baked with their own credential. */
export const GET: RequestHandler = async (event) => {
	const viewer = authorize(event, symbolsPolicy.canDownload);
	const symbol = symbolNameInput.safeParse(event.params.symbol);
	const format = downloadFormatInput.safeParse(event.params.format);
	if (!symbol.success || !format.success)
		error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	const file = await loadOrFail(event, app().symbols.downloadFor(viewer.userId, symbol.data, format.data));
	const name = `global-mate-${symbol.data}${format.data === 'svg' ? '.svg' : `-${format.data}.png`}`;
	return new Response(new Uint8Array(file.body), {
		headers: {
			'content-type': file.type,
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox"
		}
	});
};
