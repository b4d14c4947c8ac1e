import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { quoteOf } from '#lib/server/forum/quote.ts';
import { pageOfPost } from '#lib/server/forum/reading.ts';
import { pageQuery } from '#lib/server/forum/schemas.ts';
import { loadOrFail, requireViewer } from '#lib/web/guards.ts';
import { setFlash } from '#lib/web/flash.ts';
import { formValues, runForm } from '#lib/web/forms.ts';
import { topicAddress } from '#lib/web/forum-post.ts';
import { localName } from '#lib/i18n/names.ts';

/**
 * A topic: one page of its posts (a signed-in reader starts at the first post they have not read,
 * marked "new since your last visit"), and the reply form for those who may reply, filled with a
 * quote when they asked for one. A topic the reader may not read answers 404.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const reader = forumPolicy.readerOf(locals.viewer);
	const { forum, clock } = app();
	const id = topicAddress(event);
	const { topic, category, lastRead } = await loadOrFail(event, forum.topicFor(reader, id));
	if (topic.mergedIntoId) redirect(301, `/forum/t/${topic.mergedIntoId}`);
	const asked = pageQuery.parse(url.searchParams.get('page'));
	const next = lastRead !== null && lastRead < topic.postCount ? lastRead + 1 : 1;
	const shown = await forum.postsPage(topic, asked ?? pageOfPost(next), reader);
	const lastShown = shown.posts.at(-1)?.number;
	if (lastShown) await forum.markRead(reader, id, lastShown, clock.now());
	const moderation = await forum.topicModeration(
		reader,
		id,
		shown.posts.map((p) => p.id)
	);
	const canWrite = !topic.deletedAt && forumPolicy.canReply(reader.access, category, topic);
	const canReply = canWrite && !moderation.silence;
	const quoted = pageQuery.parse(url.searchParams.get('quote'));
	const post = canReply && quoted ? await forum.postToQuote(reader, id, quoted) : null;
	const draft = canReply ? await forum.draftFor(reader, `topic:${id}`) : null;
	const reactions = await forum.reactionsFor(
		reader,
		shown.posts.map((p) => p.id)
	);
	const name = (n: string | null) => n ?? locals.t('forum.formerMember');
	return {
		topic: {
			id: topic.id,
			title: topic.title,
			locked: topic.locked,
			pinned: topic.pinned,
			postCount: topic.postCount,
			deleted: !!topic.deletedAt
		},
		moderation: { ...moderation, you: reader.userId, canEdit: canReply },
		topicParam: `${topic.id}-${topic.slug}`,
		category: { slug: category.slug, name: localName(locals.locale, category) },
		posts: shown.posts.map((p) => ({ ...p, author: name(p.author) })),
		page: shown.page,
		pages: shown.pages,
		// "New since your last visit" goes before this post, when it is on this page.
		firstNew: lastRead !== null && lastRead < topic.postCount ? lastRead + 1 : null,
		signedIn: !!reader.userId,
		// Subscribe / mute buttons (notifications module): null for visitors.
		following: await app().notifications.followingTopic(reader, id),
		canReply,
		staff: reader.access === 'staff',
		quote: post
			? quoteOf(post, locals.t('forum.quoteIntro', { name: name(post.author), n: post.number }))
			: null,
		// The reply being written before a reload (forum/drafts.ts), and when this page was made.
		draft: draft && { doc: draft.body, plain: draft.plain },
		loadedAt: clock.now().toISOString(),
		// Each post's reaction counts and the reader's own; those who may reply may react.
		reactions: Object.fromEntries(reactions)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const viewer = requireViewer(event);
		const id = topicAddress(event);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().forum.reply(forumPolicy.readerOf(viewer), id, values)
		);
		if (!('path' in result)) return result;
		setFlash(event.cookies, {
			kind: 'success',
			key: result.pending ? 'moderation.replyWaiting' : 'forum.replied'
		});
		redirect(
			303,
			`${result.path}?page=${result.page}#${result.pending ? 'waiting' : `post-${result.number}`}`
		);
	}
};
