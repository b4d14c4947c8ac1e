import { attachPostMedia, type ForumMedia } from './attachments.ts';
import type { ForumHooks } from './hooks.ts';
import { indexPost } from './search.ts';
import { and, asc, eq, max } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import type { Clock } from '../core/clock.ts';
import type { Database, Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { parseInput } from '../core/validation.ts';
import { renderDocument, type StoryDocument } from '../content/document.ts';
import { checkEdit } from './anti-abuse.ts';
import { forumPostRevision } from './moderation-schema.ts';
import { forumPolicy, type ForumReader } from './policy.ts';
import { forumCategory, forumPost, forumTopic } from './schema.ts';
import { replyInput } from './schemas.ts';
import { pageOfPost, topicPath } from './reading.ts';

type Post = typeof forumPost.$inferSelect;

/**
 * Keeps a post's versions as it changes: at its first edit the text as first posted becomes version
 * 1, then every edit adds the text it made. Run inside the edit's transaction.
 */
export async function keepRevision(
	tx: Executor,
	post: Pick<Post, 'id' | 'body' | 'authorId' | 'createdAt'>,
	body: StoryDocument,
	edit: { editorId: string | null; byStaff: boolean; reason: string; at: Date }
) {
	const [{ last }] = await tx
		.select({ last: max(forumPostRevision.version) })
		.from(forumPostRevision)
		.where(eq(forumPostRevision.postId, post.id));
	let version = last ?? 0;
	if (version === 0)
		await tx.insert(forumPostRevision).values({
			id: newId(),
			postId: post.id,
			version: ++version,
			body: post.body,
			editorId: post.authorId,
			createdAt: post.createdAt
		});
	await tx.insert(forumPostRevision).values({
		id: newId(),
		postId: post.id,
		version: version + 1,
		body,
		editorId: edit.editorId,
		byStaff: edit.byStaff,
		reason: edit.reason,
		createdAt: edit.at
	});
}

/**
 * A post by its place in a topic, with its topic and category, when the reader may read it (hidden
 * posts too, unless `visibleOnly`); not_found otherwise, the same as a post that does not exist.
 */
export async function locatePost(
	db: Database,
	reader: ForumReader,
	topicId: number,
	number: number,
	opts: { visibleOnly?: boolean } = {}
) {
	const [row] = await db
		.select({ post: forumPost, topic: forumTopic, category: forumCategory })
		.from(forumPost)
		.innerJoin(forumTopic, eq(forumTopic.id, forumPost.topicId))
		.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
		.where(and(eq(forumPost.topicId, topicId), eq(forumPost.number, number)));
	if (
		!row ||
		row.topic.deletedAt ||
		(opts.visibleOnly && row.post.hiddenAt) ||
		!forumPolicy.canRead(reader.access, row.category)
	)
		throw new AppError('not_found', 'No such post');
	return row;
}

/**
 * Writers editing their own posts, and the history of every post's versions for staff. An edit
 * goes through the same checks as a new post (text rules, silence, link limit for new members).
 */
export function createForumEditing({
	db,
	clock,
	media,
	hooks
}: {
	db: Database;
	clock: Clock;
	media?: ForumMedia;
	hooks?: ForumHooks;
}) {
	const located = (reader: ForumReader, topicId: number, number: number) =>
		locatePost(db, reader, topicId, number);

	return {
		/** The post a writer asked to edit: refused unless it is theirs and they may still write there. */
		async postToEdit(reader: ForumReader, topicId: number, number: number) {
			const row = await located(reader, topicId, number);
			if (row.post.hiddenAt || !forumPolicy.canEdit(reader, row.category, row.topic, row.post))
				throw row.topic.locked && reader.userId === row.post.authorId
					? new AppError('topic_locked', 'The topic is locked')
					: new AppError('forbidden', 'Not your post');
			return row;
		},

		/** A writer changes their post: the text is checked again, editedAt set, the version kept. */
		async editPost(reader: ForumReader, topicId: number, number: number, input: unknown) {
			const { post, topic } = await this.postToEdit(reader, topicId, number);
			const typed = parseInput(replyInput, input).body;
			// Handles become links as in a new post (people newly named are not told again: a quiet edit).
			const body = hooks?.preparePost ? await hooks.preparePost(typed) : typed;
			await checkEdit(db, reader, body, clock.now());
			const at = clock.now();
			await db.transaction(async (tx) => {
				await keepRevision(tx, post, body, { editorId: reader.userId, byStaff: false, reason: '', at });
				await tx.update(forumPost).set({ body, editedAt: at }).where(eq(forumPost.id, post.id));
				await attachPostMedia(tx, media, { writerId: post.authorId ?? '', postId: post.id, body });
				await indexPost(tx, { postId: post.id, topicId: topic.id, title: topic.title, body });
			});
			return { path: topicPath(topic), page: pageOfPost(number), number };
		},

		/** Every version of a post, oldest first, rendered, with who wrote it and why staff changed it. */
		async postHistory(postId: string) {
			const rows = await db
				.select({
					version: forumPostRevision.version,
					body: forumPostRevision.body,
					byStaff: forumPostRevision.byStaff,
					reason: forumPostRevision.reason,
					createdAt: forumPostRevision.createdAt,
					editor: user.name
				})
				.from(forumPostRevision)
				.leftJoin(user, eq(user.id, forumPostRevision.editorId))
				.where(eq(forumPostRevision.postId, postId))
				.orderBy(asc(forumPostRevision.version));
			return rows.map(({ body, ...r }) => ({ ...r, html: renderDocument(body) }));
		}
	};
}
