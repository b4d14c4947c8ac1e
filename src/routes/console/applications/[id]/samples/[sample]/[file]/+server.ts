import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { matesPolicy } from '#lib/server/mates/policy.ts';
import { authorize } from '#lib/web/guards.ts';
import { privateFileResponse } from '#lib/web/private-files.ts';

/** A sample of work uploaded with an application (`original` or an image's `thumb`), for its reviewers. */
export const GET: RequestHandler = async (event) => {
	authorize(event, matesPolicy.canReviewApplications);
	const { id, sample, file } = event.params;
	const found = await app().mates.sampleForReview(id, sample, file);
	if (!found) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	return privateFileResponse({ ...found, inline: found.kind === 'image' });
};
