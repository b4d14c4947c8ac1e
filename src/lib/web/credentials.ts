import { json } from '@sveltejs/kit';
import { verificationJson } from '#lib/server/credentials/present.ts';
import type { Verification } from '#lib/server/credentials/verify.ts';

/**
 * Headers for the issuer's public documents (keys, profile): any site's verifier may read them,
 * and a short cache keeps a rotated key from waiting long to appear.
 */
export const publicDocumentHeaders = {
	'access-control-allow-origin': '*',
	'cache-control': 'public, max-age=300'
};

/** A verification as JSON for machines: 404 when the city never issued it, 200 with the status otherwise. */
export function verificationResponse(v: Verification): Response {
	return json(verificationJson(v), {
		status: v.status === 'not_found' ? 404 : 200,
		headers: { 'access-control-allow-origin': '*', 'cache-control': 'no-store' }
	});
}
