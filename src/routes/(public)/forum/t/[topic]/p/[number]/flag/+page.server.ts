import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { flagReasons } from '#lib/server/forum/moderation-schema.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { topicPath } from '#lib/server/forum/reading.ts';
import { postAddress } from '#lib/web/forum-post.ts';
import { setFlash } from '#lib/web/flash.ts';
import { formValues, runForm } from '#lib/web/forms.ts';
import { loadOrFail, requireViewer } from '#lib/web/guards.ts';

/**
 * Flagging a post for the reviewers. A post the reader may not read answers 404 (a Mates-only one
 * to a visitor too); a visitor who may read it is asked to sign in first.
 */
export const load: PageServerLoad = async (event) => {
	const { topicId, number } = postAddress(event);
	const reader = forumPolicy.readerOf(event.locals.viewer);
	const { topic } = await loadOrFail(event, app().forum.topicFor(reader, topicId));
	const post = await app().forum.postToQuote(reader, topicId, number);
	if (!post || topic.deletedAt) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	requireViewer(event);
	return {
		number,
		author: post?.author ?? event.locals.t('forum.formerMember'),
		topic: { title: topic.title, path: topicPath(topic) },
		reasons: flagReasons
	};
};

export const actions: Actions = {
	default: async (event) => {
		const viewer = requireViewer(event);
		const { topicId, number } = postAddress(event);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().forum.flagPost(forumPolicy.readerOf(viewer), topicId, number, values)
		);
		if (!result || !('topic' in result)) return result;
		setFlash(event.cookies, { kind: 'success', key: 'moderation.flagSent' });
		redirect(303, `${topicPath(result.topic)}#post-${number}`);
	}
};
