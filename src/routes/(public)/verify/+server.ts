import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { AppError } from '#lib/server/core/errors.ts';
import { apiHandler } from '#lib/web/api.ts';
import { verificationResponse } from '#lib/web/credentials.ts';
import { chosenFile, readBody } from '#lib/web/forms.ts';

/**
 * `/verify` for machines (Accept: application/json): POST `{ "jwt": "…" }` (or the form field `jwt`),
 * a baked badge as the body (`Content-Type: image/png`) or as the multipart field `badge`, and get the
 * real check of its signature, claims and status. Public.
 */
export const POST: RequestHandler = apiHandler(async ({ request }) => {
	const type = request.headers.get('content-type') ?? '';
	const { credentials } = app();
	const refuse = (message?: string) => () => {
		throw new AppError('bad_request', message);
	};
	if (type.startsWith('image/png')) {
		const bytes = await readBody(request.arrayBuffer(), refuse());
		return verificationResponse(await credentials.verifyPng(new Uint8Array(bytes)));
	}
	if (type.includes('application/json'))
		return verificationResponse(await credentials.verifyJwt(await readBody(request.json(), () => ({}))));
	// Anything else must be a form; a body that is none is a bad request, not a failure of ours.
	const data = await readBody(request.formData(), refuse('Send JSON, a PNG, or a form'));
	const badge = await chosenFile(data, 'badge');
	return verificationResponse(
		badge
			? await credentials.verifyPng(badge.bytes)
			: await credentials.verifyJwt(Object.fromEntries(data.entries()))
	);
});
