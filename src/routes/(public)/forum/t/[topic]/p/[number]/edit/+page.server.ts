import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { topicPath } from '#lib/server/forum/reading.ts';
import { postAddress } from '#lib/web/forum-post.ts';
import { setFlash } from '#lib/web/flash.ts';
import { formValues, runForm } from '#lib/web/forms.ts';
import { loadOrFail, requireViewer } from '#lib/web/guards.ts';

/**
 * A writer edits their own post. A post the reader may not read answers 404; someone else's post,
 * or one in a locked topic, answers with that error. The form starts with the post's text.
 */
export const load: PageServerLoad = async (event) => {
	const { topicId, number } = postAddress(event);
	// Editing is for signed-in writers: a visitor is sent to sign in first.
	const reader = forumPolicy.readerOf(requireViewer(event));
	const { post, topic } = await loadOrFail(event, app().forum.postToEdit(reader, topicId, number));
	return {
		number,
		topic: { title: topic.title, path: topicPath(topic) },
		start: { doc: post.body, plain: '' }
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { topicId, number } = postAddress(event);
		const reader = forumPolicy.readerOf(requireViewer(event));
		const values = await formValues(event.request);
		const result = await runForm(event, values, () => app().forum.editPost(reader, topicId, number, values));
		if (!('path' in result)) return result;
		setFlash(event.cookies, { kind: 'success', key: 'moderation.saved' });
		redirect(303, `${result.path}?page=${result.page}#post-${result.number}`);
	}
};
