import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { privateFileResponse } from '#lib/web/private-files.ts';

/**
 * A sample the applicant uploaded, reached from their status page: the secret status link is the
 * only key, and a sample of any other application is not found.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	const found = await app().mates.sampleForApplicant(params.token, params.sample, params.file);
	if (!found) error(404, locals.t('errors.not_found'), { code: 'not_found' });
	return privateFileResponse({ ...found, inline: found.kind === 'image' });
};
