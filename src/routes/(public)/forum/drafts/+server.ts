import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { draftKey } from '#lib/server/forum/drafts.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { AppError } from '#lib/server/core/errors.ts';
import { apiHandler } from '#lib/web/api.ts';
import { authorize } from '#lib/web/guards.ts';
import { formValues } from '#lib/web/forms.ts';

/**
 * The writer's draft of a reply or a new topic, kept while they type (the forum's reply and topic
 * forms send themselves here every few seconds when changed), so it survives a reload.
 */
export const PUT: RequestHandler = apiHandler(async (event) => {
	const viewer = authorize(event, forumPolicy.canWrite);
	const values = await formValues(event.request);
	const result = await app().forum.saveDraft(forumPolicy.readerOf(viewer), values);
	return json(result, { headers: { 'cache-control': 'no-store' } });
});

/** Throws the draft away (`?key=new` or `?key=topic:<id>`). */
export const DELETE: RequestHandler = apiHandler(async (event) => {
	const viewer = authorize(event, forumPolicy.canWrite);
	const key = draftKey.safeParse(event.url.searchParams.get('key'));
	if (!key.success) throw new AppError('bad_request', 'Not a draft key');
	await app().forum.discardDraft(forumPolicy.readerOf(viewer), key.data);
	return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});
