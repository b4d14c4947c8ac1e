import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { apiHandler } from '#lib/web/api.ts';
import { verificationResponse } from '#lib/web/credentials.ts';

/**
 * `/verify` for machines (Accept: application/json): POST `{ "jwt": "…" }` (or the form field `jwt`)
 * and get the real check of its signature, claims and status. Public.
 */
export const POST: RequestHandler = apiHandler(async ({ request }) => {
	const type = request.headers.get('content-type') ?? '';
	const body = type.includes('application/json')
		? await request.json().catch(() => ({}))
		: Object.fromEntries((await request.formData()).entries());
	return verificationResponse(await app().credentials.verifyJwt(body));
});
