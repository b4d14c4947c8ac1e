import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';

/** A credential's verification page, for anyone: valid / expired / revoked / not found, who, what, when. */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const result = await app().credentials.verifyById(params.id);
	// Status changes with the clock (expiry), so the answer is never kept in a cache.
	setHeaders({ 'cache-control': 'no-store' });
	return { result, id: params.id, jwks: `${app().env.ORIGIN}/.well-known/jwks.json` };
};
