import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { credentialsPolicy } from '#lib/server/credentials/policy.ts';
import { loadOrFail, authorize } from '#lib/web/guards.ts';

const format = z.enum(['jwt', 'json', 'pdf', 'png']);

/**
 * A Mate downloads their own credential: `jwt` (the compact VC-JWT, as wallets take it), `json` (the
 * credential document), `pdf` (the printable certificate) or `png` (the badge with the credential baked
 * in). Anyone else's id is not found.
 */
export const GET: RequestHandler = async (event) => {
	const viewer = authorize(event, credentialsPolicy.canDownloadOwn);
	const as = format.safeParse(event.params.format);
	if (!as.success) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	const { credentials } = app();
	const id = event.params.id;
	const headers = (name: string, type: string) => ({
		'content-type': type,
		'content-disposition': `attachment; filename="${name}"`,
		'cache-control': 'private, no-store',
		'x-content-type-options': 'nosniff'
	});
	switch (as.data) {
		case 'pdf': {
			const found = await loadOrFail(event, credentials.certificateFor(viewer.userId, id));
			return new Response(new Uint8Array(found.pdf), {
				headers: headers(`global-mate-certificate-${found.number}.pdf`, 'application/pdf')
			});
		}
		case 'png': {
			const found = await loadOrFail(event, credentials.badgeFor(viewer.userId, id));
			return new Response(new Uint8Array(found.png), {
				headers: headers(`global-mate-badge-${found.id}.png`, 'image/png')
			});
		}
		default: {
			const found = await loadOrFail(event, credentials.downloadFor(viewer.userId, id));
			const name = `global-mate-credential-${found.id}.${as.data}`;
			return as.data === 'jwt'
				? new Response(found.jwt, { headers: headers(name, 'application/vc+jwt') })
				: new Response(JSON.stringify(found.document, null, 2), {
						headers: headers(name, 'application/vc+ld+json')
					});
		}
	}
};
