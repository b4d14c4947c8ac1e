import { and, asc, eq, isNull } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import type { ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { slugify } from '../core/slug.ts';
import { renderDocument } from '../content/document.ts';
import { queueExcerpt } from './flags.ts';
import { forumPendingPost } from './moderation-schema.ts';
import { reasonInput } from './moderation-schemas.ts';
import type { ForumModeration } from './moderation.ts';
import type { ForumReader } from './policy.ts';
import { topicPath } from './reading.ts';
import { indexPost } from './search.ts';
import { forumCategory, forumPost, forumTopic } from './schema.ts';

type Pending = typeof forumPendingPost.$inferSelect;

/** What the writer sees of a post waiting for approval (or refused, with why). */
const shown = (p: Pending) => ({
	id: p.id,
	title: p.title,
	html: renderDocument(p.body),
	createdAt: p.createdAt,
	rejected: !!p.rejectedAt,
	reason: p.rejectReason
});

/**
 * New members' first posts, held for a reviewer when the setting asks for it: they wait outside the
 * readers' tables, their writer sees them marked as waiting, and approval makes them real posts (a
 * reply takes the next number; a new topic starts then).
 */
export function createForumApproval({ db }: { db: Database; clock: Clock }, moderation: ForumModeration) {
	const pendingRow = async (id: string) => {
		const [p] = await db.select().from(forumPendingPost).where(eq(forumPendingPost.id, id));
		if (!p || p.rejectedAt) throw new AppError('not_found', 'Nothing waiting');
		return p;
	};

	return {
		/** The reader's own replies waiting in a topic (and refused ones, with why). */
		async waitingRepliesOf(reader: ForumReader, topicId: number) {
			if (!reader.userId) return [];
			const rows = await db
				.select()
				.from(forumPendingPost)
				.where(and(eq(forumPendingPost.authorId, reader.userId), eq(forumPendingPost.topicId, topicId)))
				.orderBy(asc(forumPendingPost.createdAt));
			return rows.map(shown);
		},

		/** The reader's own new topics waiting in a category (and refused ones, with why). */
		async waitingTopicsOf(reader: ForumReader, categoryId: string) {
			if (!reader.userId) return [];
			const rows = await db
				.select()
				.from(forumPendingPost)
				.where(and(eq(forumPendingPost.authorId, reader.userId), eq(forumPendingPost.categoryId, categoryId)))
				.orderBy(asc(forumPendingPost.createdAt));
			return rows.map(shown);
		},

		/** The reviewers' approval queue, oldest first. */
		async approvalQueue(reader: ForumReader) {
			if (!reader.moderator) throw new AppError('forbidden', 'Content reviewers only');
			const rows = await db
				.select({
					pending: forumPendingPost,
					author: user.name,
					topicTitle: forumTopic.title,
					category: forumCategory.nameEn
				})
				.from(forumPendingPost)
				.innerJoin(user, eq(user.id, forumPendingPost.authorId))
				.leftJoin(forumTopic, eq(forumTopic.id, forumPendingPost.topicId))
				.leftJoin(forumCategory, eq(forumCategory.id, forumPendingPost.categoryId))
				.where(isNull(forumPendingPost.rejectedAt))
				.orderBy(asc(forumPendingPost.createdAt))
				.limit(200);
			return rows.map((r) => ({
				id: r.pending.id,
				author: r.author,
				title: r.pending.title ?? r.topicTitle ?? '',
				newTopic: !!r.pending.categoryId,
				html: renderDocument(r.pending.body),
				excerpt: queueExcerpt(r.pending.body),
				createdAt: r.pending.createdAt
			}));
		},

		/** A reviewer lets a waiting post in: a reply takes the topic's next number, a new topic starts. */
		async approvePost(ctx: ActionContext, reader: ForumReader, id: string) {
			const p = await pendingRow(id);
			return moderation.act(ctx, reader, async (tx, record, at) => {
				let topic: typeof forumTopic.$inferSelect | undefined;
				let number = 1;
				if (p.topicId) {
					[topic] = await tx.select().from(forumTopic).where(eq(forumTopic.id, p.topicId)).for('update');
					if (!topic || topic.deletedAt) throw new AppError('not_found', 'The topic is gone');
					number = topic.postCount + 1;
					await tx
						.update(forumTopic)
						.set({ postCount: number, lastPostedAt: at })
						.where(eq(forumTopic.id, topic.id));
				} else {
					const title = p.title ?? '';
					[topic] = await tx
						.insert(forumTopic)
						.values({
							categoryId: p.categoryId!,
							authorId: p.authorId,
							title,
							slug: slugify(title, 'topic', 60),
							createdAt: p.createdAt,
							lastPostedAt: at
						})
						.returning();
				}
				await tx.insert(forumPost).values({
					id: p.id,
					topicId: topic.id,
					number,
					authorId: p.authorId,
					body: p.body,
					createdAt: p.createdAt
				});
				await tx.delete(forumPendingPost).where(eq(forumPendingPost.id, p.id));
				// Its pictures were claimed for this id when it was sent (service.ts); now readers find it.
				await indexPost(tx, { postId: p.id, topicId: topic.id, title: topic.title, body: p.body });
				await record({
					action: 'approve',
					subjectId: p.authorId,
					topicId: topic.id,
					postId: p.id,
					reason: '',
					details: { number },
					path: `${topicPath(topic)}#post-${number}`
				});
				const posted = {
					postId: p.id,
					topicId: topic.id,
					categoryId: topic.categoryId,
					number,
					authorId: p.authorId ?? '',
					body: p.body
				};
				return { path: topicPath(topic), number, posted };
			});
		},

		/** A reviewer refuses a waiting post: nobody else ever sees it, its writer sees why. */
		async rejectPost(ctx: ActionContext, reader: ForumReader, id: string, input: unknown) {
			const { reason } = parseInput(reasonInput, input);
			const p = await pendingRow(id);
			await moderation.act(ctx, reader, async (tx, record, at) => {
				await tx
					.update(forumPendingPost)
					.set({ rejectedAt: at, rejectReason: reason })
					.where(eq(forumPendingPost.id, p.id));
				await record({
					action: 'reject',
					subjectId: p.authorId,
					topicId: p.topicId,
					postId: null,
					reason,
					details: { pendingId: p.id, title: p.title },
					path: p.topicId ? `/forum/t/${p.topicId}` : null
				});
			});
		}
	};
}

export type ForumApproval = ReturnType<typeof createForumApproval>;
