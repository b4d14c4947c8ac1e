import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { AppError } from '#lib/server/core/errors.ts';
import { silenceHours } from '#lib/server/forum/moderation-schemas.ts';
import { topicPath } from '#lib/server/forum/reading.ts';
import { actionContext, loadOrFail } from '#lib/web/guards.ts';
import { moderationAction, moderatorOf } from '#lib/web/moderation.ts';

/**
 * One post for a content reviewer: its text (hidden or not), open flags, what staff did to it, every
 * version (its history), and the actions: hide or show, edit as staff, dismiss the flags, silence
 * its writer. Each action takes the reason the writer reads.
 */
export const load: PageServerLoad = async (event) => {
	const reader = moderatorOf(event);
	const { forum } = app();
	const m = await loadOrFail(event, forum.postForModeration(reader, event.params.id));
	const history = await forum.postHistory(m.post.id);
	const iso = (d: Date | null) => d?.toISOString() ?? null;
	return {
		post: {
			id: m.post.id,
			number: m.post.number,
			html: m.post.html,
			body: m.post.body,
			authorId: m.post.authorId,
			createdAt: m.post.createdAt.toISOString(),
			hidden: !!m.post.hiddenAt,
			staffEditedAt: iso(m.post.staffEditedAt)
		},
		topic: { id: m.topic.id, title: m.topic.title, path: `${topicPath(m.topic)}#post-${m.post.number}` },
		author: m.author,
		flags: m.flags.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
		notes: m.notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
		silence: m.silence ? { until: m.silence.until.toISOString(), reason: m.silence.reason } : null,
		history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
		silenceHours: [...silenceHours]
	};
};

/** The moderation actions on this post: the service checks the reviewer, the reason and the post. */
export const actions: Actions = {
	hide: (e) =>
		moderationAction(e, 'hide', (v) =>
			app().forum.hidePost(actionContext(e), moderatorOf(e), e.params.id, v)
		),
	unhide: (e) =>
		moderationAction(e, 'unhide', (v) =>
			app().forum.unhidePost(actionContext(e), moderatorOf(e), e.params.id, v)
		),
	edit: (e) =>
		moderationAction(e, 'edit', (v) =>
			app().forum.editAsStaff(actionContext(e), moderatorOf(e), e.params.id, v)
		),
	dismiss: (e) =>
		moderationAction(e, 'dismiss', (v) =>
			app().forum.dismissFlags(actionContext(e), moderatorOf(e), e.params.id, String(v.note ?? ''))
		),
	silence: (e) =>
		moderationAction(e, 'silence', async (v) => {
			const { forum } = app();
			const reader = moderatorOf(e);
			const { post } = await forum.postForModeration(reader, e.params.id);
			if (!post.authorId) throw new AppError('not_found', 'The writer’s account is gone');
			await forum.silenceMember(actionContext(e), reader, post.authorId, v, post.id);
		})
};
