import { error } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { symbolFileInput } from '#lib/server/symbols/schemas.ts';

/**
 * A Mate's symbol as other sites show it (`<img src=".../symbols/<mate>/emblem.png">`). Each load is
 * counted by the showing page's origin and day, so responses are revalidated rather than cached; the
 * image may be loaded from any site. A former Mate's address shows the neutral image.
 */
export const GET: RequestHandler = async (event) => {
	const file = symbolFileInput.safeParse(event.params.file);
	if (!file.success) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	const { symbol, format } = file.data;
	const image = await app().symbols.imageForEmbed(
		event.params.slug,
		symbol,
		format,
		event.request.headers.get('referer')
	);
	if (!image) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	const etag = `"${createHash('sha256').update(image.body).digest('base64url').slice(0, 22)}"`;
	const headers = {
		'content-type': image.type,
		etag,
		// Every load reaches the server (and is counted); a 304 saves the bytes.
		'cache-control': 'no-cache',
		'cross-origin-resource-policy': 'cross-origin',
		'access-control-allow-origin': '*',
		// An SVG opened on its own runs nothing and loads nothing.
		'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox"
	};
	if (event.request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });
	return new Response(new Uint8Array(image.body), { headers });
};
