import { json, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { apiHandler } from '#lib/web/api.ts';
import { requireViewer } from '#lib/web/guards.ts';
import { formValues } from '#lib/web/forms.ts';

/**
 * Gives or takes back a reaction to a post (`post`, `reaction`). A plain form post (no JavaScript)
 * goes back to the post; the page's script asks for JSON and gets the new counts.
 */
export const POST: RequestHandler = apiHandler(async (event) => {
	const viewer = requireViewer(event);
	const result = await app().forum.toggleReaction(
		forumPolicy.readerOf(viewer),
		await formValues(event.request)
	);
	if (!(event.request.headers.get('accept') ?? '').includes('application/json')) redirect(303, result.path);
	return json(
		{ reacted: result.reacted, counts: result.counts },
		{ headers: { 'cache-control': 'no-store' } }
	);
});
