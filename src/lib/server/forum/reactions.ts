import { and, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { forumReaction } from './extras-schema.ts';
import { forumPolicy, type ForumReader } from './policy.ts';
import { pageOfPost, topicPath } from './reading.ts';
import { forumCategory, forumPost, forumTopic } from './schema.ts';

/** The reactions a post can get, in the order they are shown, each with the name its label uses. */
export const reactions = [
	{ emoji: '👍', name: 'thumbsUp' },
	{ emoji: '❤️', name: 'heart' },
	{ emoji: '🎉', name: 'party' },
	{ emoji: '😂', name: 'laugh' },
	{ emoji: '🙏', name: 'thanks' }
] as const;
export type ReactionName = (typeof reactions)[number]['name'];

const reactionInput = z.object({
	post: z.string().regex(/^[\w-]{36}$/, 'errors.field.invalid'),
	reaction: z.enum(reactions.map((r) => r.name) as [ReactionName, ...ReactionName[]], {
		error: 'errors.field.invalid'
	})
});

/** One reaction's count on a post, and whether the reader gave it. */
export interface ReactionCount {
	name: ReactionName;
	emoji: string;
	count: number;
	mine: boolean;
}

/**
 * Reactions to posts: a small fixed set, at most one of each per person and post, given and taken
 * back by the same button. Who may reply to a topic may react in it; everyone who reads it sees the
 * counts.
 */
export function createForumReactions({ db }: { db: Database }) {
	/** Every reaction's count on these posts (zeros included, in the fixed order) and the reader's own. */
	const reactionsFor = async (
		reader: ForumReader,
		postIds: string[]
	): Promise<Map<string, ReactionCount[]>> => {
		const out = new Map<string, ReactionCount[]>();
		if (postIds.length === 0) return out;
		const [totals, own] = await Promise.all([
			db
				.select({ postId: forumReaction.postId, reaction: forumReaction.reaction, n: count() })
				.from(forumReaction)
				.where(inArray(forumReaction.postId, postIds))
				.groupBy(forumReaction.postId, forumReaction.reaction),
			reader.userId
				? db
						.select({ postId: forumReaction.postId, reaction: forumReaction.reaction })
						.from(forumReaction)
						.where(and(inArray(forumReaction.postId, postIds), eq(forumReaction.userId, reader.userId)))
				: Promise.resolve([])
		]);
		const n = new Map(totals.map((r) => [`${r.postId} ${r.reaction}`, r.n]));
		const given = new Set(own.map((r) => `${r.postId} ${r.reaction}`));
		for (const id of postIds)
			out.set(
				id,
				reactions.map((r) => ({
					name: r.name,
					emoji: r.emoji,
					count: n.get(`${id} ${r.name}`) ?? 0,
					mine: given.has(`${id} ${r.name}`)
				}))
			);
		return out;
	};

	return {
		reactionsFor,
		/** Gives the reaction, or takes it back when the person had given it; says where the post is. */
		async toggleReaction(reader: ForumReader, input: unknown) {
			const { post: postId, reaction } = parseInput(reactionInput, input);
			const [row] = await db
				.select({ post: forumPost, topic: forumTopic, category: forumCategory })
				.from(forumPost)
				.innerJoin(forumTopic, eq(forumTopic.id, forumPost.topicId))
				.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
				.where(eq(forumPost.id, postId));
			if (!row || !forumPolicy.canRead(reader.access, row.category))
				throw new AppError('not_found', 'No such post');
			if (!reader.userId || !forumPolicy.canReply(reader.access, row.category, row.topic))
				throw new AppError('forbidden', 'May not react here');
			const mine = and(
				eq(forumReaction.postId, postId),
				eq(forumReaction.userId, reader.userId),
				eq(forumReaction.reaction, reaction)
			);
			const taken = await db.delete(forumReaction).where(mine).returning({ postId: forumReaction.postId });
			if (taken.length === 0)
				await db
					.insert(forumReaction)
					.values({ postId, userId: reader.userId, reaction })
					.onConflictDoNothing();
			const [counts] = [...(await reactionsFor(reader, [postId])).values()];
			return {
				reacted: taken.length === 0,
				counts: counts ?? [],
				path: `${topicPath(row.topic)}?page=${pageOfPost(row.post.number)}#post-${row.post.number}`
			};
		}
	};
}
