import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';

/**
 * The city's Bitstring Status List credential (revocation), signed as a VC-JWT: any verifier fetches it
 * from the `statusListCredential` address in a credential and reads the credential's bit. Kept in a
 * cache for at most a minute, so a revocation shows everywhere within one.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	const listId = /^[1-9]\d{0,5}$/.test(params.list) ? Number(params.list) : null;
	const jwt = listId ? await app().credentials.statusListJwt(listId) : null;
	if (!jwt) error(404, locals.t('errors.not_found'), { code: 'not_found' });
	return new Response(jwt, {
		headers: {
			'content-type': 'application/vc+jwt',
			'access-control-allow-origin': '*',
			'cache-control': 'public, max-age=60'
		}
	});
};
