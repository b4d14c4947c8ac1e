import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { credentialsPolicy } from '#lib/server/credentials/policy.ts';
import { authorize } from '#lib/web/guards.ts';

/** The certificate's signature image, for the administrators' preview in the console. */
export const GET: RequestHandler = async (event) => {
	authorize(event, credentialsPolicy.canConfigureCertificate);
	const image = await app().credentials.signatureImage();
	if (!image) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	return new Response(new Uint8Array(image), {
		headers: {
			'content-type': 'image/png',
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
