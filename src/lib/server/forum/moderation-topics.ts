import { and, eq, isNull, sql } from 'drizzle-orm';
import type { ActionContext } from '../audit/service.ts';
import type { Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { forumPostSearch } from './extras-schema.ts';
import { forumModerationNote, forumPendingPost, type ModerationAction } from './moderation-schema.ts';
import { mergeInput, moveInput, reasonInput } from './moderation-schemas.ts';
import { resolveFlags, type ModerationEvent } from './moderation.ts';
import type { ForumReader } from './policy.ts';
import { topicPath } from './reading.ts';
import { forumCategory, forumPost, forumRead, forumTopic } from './schema.ts';

type Topic = typeof forumTopic.$inferSelect;
type Record_ = (e: Omit<ModerationEvent, 'moderatorId'>) => Promise<void>;

/** What the topic actions borrow from the moderation service: its transaction runner and helpers. */
export interface TopicActionDeps {
	act: <T>(
		ctx: ActionContext,
		reader: ForumReader,
		run: (tx: Executor, record: Record_, at: Date) => Promise<T>
	) => Promise<T>;
	topicFor: (tx: Executor, topicId: number) => Promise<Topic>;
	topicEvent: (
		action: ModerationAction,
		t: Topic,
		reason: string,
		details?: Record<string, unknown>
	) => Omit<ModerationEvent, 'moderatorId'>;
}

/**
 * What content reviewers do to whole topics: lock, pin, move, merge, delete; each through the
 * moderation service's `act` (one transaction with its note and audit entry, the member told after).
 */
export function topicActions({ act, topicFor, topicEvent }: TopicActionDeps) {
	return {
		/** Locks or unlocks, pins or unpins a topic (the reason is told to its writer when given). */
		async setTopicState(
			ctx: ActionContext,
			reader: ForumReader,
			topicId: number,
			state: { locked?: boolean; pinned?: boolean },
			reason = ''
		) {
			await act(ctx, reader, async (tx, record) => {
				const t = await topicFor(tx, topicId);
				await tx.update(forumTopic).set(state).where(eq(forumTopic.id, topicId));
				if (state.locked !== undefined && state.locked !== t.locked)
					await record(topicEvent(state.locked ? 'lock' : 'unlock', t, reason));
				if (state.pinned !== undefined && state.pinned !== t.pinned)
					await record(topicEvent(state.pinned ? 'pin' : 'unpin', t, reason));
			});
		},

		/** Moves a topic to another category (its readers may change with the category's visibility). */
		async moveTopic(ctx: ActionContext, reader: ForumReader, topicId: number, input: unknown) {
			const { category, reason } = parseInput(moveInput, input);
			await act(ctx, reader, async (tx, record) => {
				const t = await topicFor(tx, topicId);
				const [to] = await tx.select().from(forumCategory).where(eq(forumCategory.id, category));
				if (!to || to.id === t.categoryId)
					throw new AppError('validation_failed', 'Not another category', {
						fields: { category: { key: 'errors.field.forumCategory' } }
					});
				await tx.update(forumTopic).set({ categoryId: to.id }).where(eq(forumTopic.id, topicId));
				await record(topicEvent('move', t, reason, { from: t.categoryId, to: to.id, toName: to.nameEn }));
			});
		},

		/**
		 * Merges a topic into another: its posts follow the target's, numbered after them in the order
		 * they were written; its address leads to the target; its notes and waiting replies move too.
		 */
		async mergeTopic(ctx: ActionContext, reader: ForumReader, topicId: number, input: unknown) {
			const { into, reason } = parseInput(mergeInput, input);
			return act(ctx, reader, async (tx, record, at) => {
				const source = await topicFor(tx, topicId);
				const target = await tx
					.select()
					.from(forumTopic)
					.where(and(eq(forumTopic.id, into), isNull(forumTopic.deletedAt)))
					.for('update')
					.then((r) => r[0]);
				if (!target || target.id === source.id)
					throw new AppError('validation_failed', 'Not another topic', {
						fields: { into: { key: 'errors.field.mergeTarget' } }
					});
				await tx.execute(sql`
					update ${forumPost} set topic_id = ${target.id}, number = ${target.postCount} + moved.n
					from (select id, row_number() over (order by number) as n from ${forumPost}
						where topic_id = ${source.id}) as moved
					where ${forumPost.id} = moved.id`);
				const postCount = target.postCount + source.postCount;
				await tx
					.update(forumTopic)
					.set({
						postCount,
						lastPostedAt:
							source.lastPostedAt > target.lastPostedAt ? source.lastPostedAt : target.lastPostedAt
					})
					.where(eq(forumTopic.id, target.id));
				await tx
					.update(forumTopic)
					.set({ mergedIntoId: target.id, deletedAt: at, postCount: 0 })
					.where(eq(forumTopic.id, source.id));
				await tx
					.update(forumModerationNote)
					.set({ topicId: target.id })
					.where(eq(forumModerationNote.topicId, source.id));
				await tx
					.update(forumPendingPost)
					.set({ topicId: target.id })
					.where(eq(forumPendingPost.topicId, source.id));
				// Moved posts are found under the topic they now belong to.
				await tx
					.update(forumPostSearch)
					.set({ topicId: target.id })
					.where(eq(forumPostSearch.topicId, source.id));
				await tx.delete(forumRead).where(eq(forumRead.topicId, source.id));
				await record({
					...topicEvent('merge', source, reason, {
						from: source.id,
						fromTitle: source.title,
						into: target.id
					}),
					topicId: target.id,
					path: topicPath(target)
				});
				return { path: topicPath(target) };
			});
		},

		/** Deletes a topic for readers; its writer still opens it and reads why. */
		async deleteTopic(ctx: ActionContext, reader: ForumReader, topicId: number, input: unknown) {
			const { reason } = parseInput(reasonInput, input);
			await act(ctx, reader, async (tx, record, at) => {
				const t = await topicFor(tx, topicId);
				if (t.deletedAt) throw new AppError('conflict', 'Already deleted');
				await tx.update(forumTopic).set({ deletedAt: at }).where(eq(forumTopic.id, topicId));
				const posts = await tx
					.select({ id: forumPost.id })
					.from(forumPost)
					.where(eq(forumPost.topicId, topicId));
				for (const p of posts) await resolveFlags(tx, p.id, 'delete', reader.userId, at);
				await record(topicEvent('delete', t, reason));
			});
		}
	};
}
