import { error } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { isAppError } from '#lib/server/core/errors.ts';

/**
 * Stored files that are public by nature: Mates' portraits. Keys carry a random part and never
 * change, so a file can be cached for a year. Anything else under /media is not served here.
 */
const publicKey = /^profiles\/[\w-]+\/[\w-]+\.webp$/;

export const GET: RequestHandler = async ({ params, locals }) => {
	if (!publicKey.test(params.key)) error(404, locals.t('errors.not_found'), { code: 'not_found' });
	try {
		const stream = await app().storage.get(params.key);
		return new Response(Readable.toWeb(stream) as ReadableStream, {
			headers: {
				'content-type': 'image/webp',
				'cache-control': 'public, max-age=31536000, immutable',
				'cross-origin-resource-policy': 'cross-origin'
			}
		});
	} catch (err) {
		if (isAppError(err) && err.code === 'not_found')
			error(404, locals.t('errors.not_found'), { code: 'not_found' });
		throw err;
	}
};
