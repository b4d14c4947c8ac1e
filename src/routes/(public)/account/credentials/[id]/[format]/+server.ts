import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { credentialsPolicy } from '#lib/server/credentials/policy.ts';
import { loadOrFail, authorize } from '#lib/web/guards.ts';

const format = z.enum(['jwt', 'json']);

/**
 * A Mate downloads their own signed credential: `jwt` (the compact VC-JWT, as wallets take it) or
 * `json` (the credential document). Anyone else's id is not found.
 */
export const GET: RequestHandler = async (event) => {
	const viewer = authorize(event, credentialsPolicy.canDownloadOwn);
	const as = format.safeParse(event.params.format);
	if (!as.success) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	const found = await loadOrFail(event, app().credentials.downloadFor(viewer.userId, event.params.id));
	const name = `global-mate-credential-${found.id}.${as.data}`;
	const headers = {
		'content-disposition': `attachment; filename="${name}"`,
		'cache-control': 'private, no-store'
	};
	return as.data === 'jwt'
		? new Response(found.jwt, { headers: { ...headers, 'content-type': 'application/vc+jwt' } })
		: new Response(JSON.stringify(found.document, null, 2), {
				headers: { ...headers, 'content-type': 'application/vc+ld+json' }
			});
};
