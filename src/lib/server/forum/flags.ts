import { and, count, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { parseInput } from '../core/validation.ts';
import { excerpt, plainText } from '../content/document.ts';
import { forumFlag } from './moderation-schema.ts';
import { flagInput } from './moderation-schemas.ts';
import { resolveFlags, type ForumModeration } from './moderation.ts';
import { locatePost } from './editing.ts';
import { forumPolicy, type ForumReader } from './policy.ts';
import { forumPost, forumTopic } from './schema.ts';

/** A post's text as the reviewers' queues show it: one line of at most 200 characters. */
export const queueExcerpt = (doc: Parameters<typeof plainText>[0]) =>
	excerpt(plainText(doc), 200, { oneLine: true });

/**
 * Members flagging posts they read, and the reviewers' flag queue: open flags by post, each settled
 * by a moderation action on the post or dismissed.
 */
export function createForumFlags({ db, clock }: { db: Database; clock: Clock }, moderation: ForumModeration) {
	return {
		/**
		 * A signed-in reader flags someone else's post with a reason. A post they may not read does not
		 * exist for them; a second open flag on the same post is refused and changes nothing.
		 */
		async flagPost(reader: ForumReader, topicId: number, number: number, input: unknown) {
			if (!reader.userId) throw new AppError('unauthenticated', 'Sign in to flag');
			const row = await locatePost(db, reader, topicId, number, { visibleOnly: true });
			if (!forumPolicy.canFlag(reader, row.post)) throw new AppError('forbidden', 'Not a post you may flag');
			const data = parseInput(flagInput, input);
			const [made] = await db
				.insert(forumFlag)
				.values({
					id: newId(),
					postId: row.post.id,
					flaggerId: reader.userId,
					...data,
					createdAt: clock.now()
				})
				.onConflictDoNothing()
				.returning({ id: forumFlag.id });
			if (!made) throw new AppError('already_flagged', 'Already flagged');
			return { postId: row.post.id, topic: row.topic };
		},

		/** Which of these posts the reader has an open flag on (to show "flagged" instead of the link). */
		async flaggedBy(reader: ForumReader, postIds: string[]) {
			if (!reader.userId || !postIds.length) return new Set<string>();
			const rows = await db
				.select({ postId: forumFlag.postId })
				.from(forumFlag)
				.where(
					and(
						eq(forumFlag.flaggerId, reader.userId),
						inArray(forumFlag.postId, postIds),
						isNull(forumFlag.resolvedAt)
					)
				);
			return new Set(rows.map((r) => r.postId));
		},

		/** The reviewers' queue: posts with open flags, the most flagged first, then the longest waiting. */
		async flagQueue(reader: ForumReader) {
			if (!reader.moderator) throw new AppError('forbidden', 'Content reviewers only');
			const rows = await db
				.select({
					postId: forumFlag.postId,
					flags: count(),
					reasons: sql<string[]>`array_agg(distinct ${forumFlag.reason})`,
					lastAt: max(forumFlag.createdAt),
					number: forumPost.number,
					body: forumPost.body,
					hiddenAt: forumPost.hiddenAt,
					topicId: forumTopic.id,
					topicTitle: forumTopic.title,
					author: user.name
				})
				.from(forumFlag)
				.innerJoin(forumPost, eq(forumPost.id, forumFlag.postId))
				.innerJoin(forumTopic, eq(forumTopic.id, forumPost.topicId))
				.leftJoin(user, eq(user.id, forumPost.authorId))
				.where(isNull(forumFlag.resolvedAt))
				.groupBy(forumFlag.postId, forumPost.id, forumTopic.id, user.id)
				.orderBy(desc(count()), sql`min(${forumFlag.createdAt})`)
				.limit(200);
			return rows.map(({ body, ...r }) => ({ ...r, excerpt: queueExcerpt(body) }));
		},

		/** A reviewer finds nothing to act on: the post's open flags are closed as dismissed. */
		async dismissFlags(ctx: ActionContext, reader: ForumReader, postId: string, note = '') {
			await moderation.act(ctx, reader, async (tx, _record, at) => {
				const closed = await resolveFlags(tx, postId, 'dismiss', reader.userId, at);
				if (!closed.length) throw new AppError('not_found', 'No open flags');
				await recordAudit(tx, ctx, {
					action: 'forum.flags_dismissed',
					targetType: 'forum_post',
					targetId: postId,
					details: { flags: closed.length, note: note.slice(0, 1000) }
				});
			});
		}
	};
}

export type ForumFlags = ReturnType<typeof createForumFlags>;
