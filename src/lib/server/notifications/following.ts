import { and, eq } from 'drizzle-orm';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { forumPolicy, type ForumReader } from '../forum/policy.ts';
import { forumCategoryById, forumTopicPlace } from '../forum/service.ts';
import type { Following } from './policy.ts';
import { categorySubscription, topicSubscription, type SubscriptionLevel } from './schema.ts';
import { levelInput } from './schemas.ts';

/** The reader, who must be signed in: notifications and subscriptions belong to a person. */
export function signedIn(reader: ForumReader): ForumReader & { userId: string } {
	if (!reader.userId) throw new AppError('unauthenticated', 'Sign in first');
	return reader as ForumReader & { userId: string };
}

/**
 * Reads through which following and mentions are scoped to what the reader may read: a topic or
 * category they may not read does not exist for them.
 */
export function forumLookups(db: Database) {
	return {
		/** The topic and its category, when the reader may read them; otherwise not found. */
		async readableTopic(reader: ForumReader, topicId: number) {
			const row = await forumTopicPlace(db, topicId);
			if (!row || !forumPolicy.canRead(reader.access, row)) throw new AppError('not_found', 'No such topic');
			return row;
		},

		/** The category, when the reader may read it; null otherwise. */
		async readableCategory(reader: ForumReader, categoryId: string) {
			const c = await forumCategoryById(db, categoryId);
			return c && forumPolicy.canRead(reader.access, c) ? c : null;
		}
	};
}

/**
 * How a signed-in reader follows topics and categories: subscribed, muted or off, set with the
 * buttons on the topic and category pages. What they may not read cannot be followed.
 */
export function createFollowing({ db, clock }: { db: Database; clock: Clock }) {
	const now = () => clock.now();
	const { readableTopic, readableCategory } = forumLookups(db);

	const following = async (userId: string, topicId: number, categoryId: string): Promise<Following> => {
		const [[t], [c]] = await Promise.all([
			db
				.select({ level: topicSubscription.level })
				.from(topicSubscription)
				.where(and(eq(topicSubscription.userId, userId), eq(topicSubscription.topicId, topicId))),
			db
				.select({ level: categorySubscription.level })
				.from(categorySubscription)
				.where(and(eq(categorySubscription.userId, userId), eq(categorySubscription.categoryId, categoryId)))
		]);
		return { topic: t?.level ?? null, category: c?.level ?? null };
	};

	return {
		/** How the reader follows a topic and its category (for the buttons on the topic page). */
		async followingTopic(reader: ForumReader, topicId: number): Promise<Following | null> {
			if (!reader.userId) return null;
			const t = await readableTopic(reader, topicId);
			return following(reader.userId, t.id, t.categoryId);
		},

		/** How the reader follows a category (for the buttons on the category page). */
		async followingCategory(reader: ForumReader, categoryId: string): Promise<SubscriptionLevel | null> {
			if (!reader.userId) return null;
			const [c] = await db
				.select({ level: categorySubscription.level })
				.from(categorySubscription)
				.where(
					and(eq(categorySubscription.userId, reader.userId), eq(categorySubscription.categoryId, categoryId))
				);
			return c?.level ?? 'off';
		},

		/** Subscribes to, mutes or leaves a topic the reader may read (one they may not is not found). */
		async setTopicLevel(reader: ForumReader, topicId: number, input: unknown) {
			const r = signedIn(reader);
			const { level } = parseInput(levelInput, input);
			const t = await readableTopic(r, topicId);
			await db
				.insert(topicSubscription)
				.values({ userId: r.userId, topicId: t.id, level, updatedAt: now() })
				.onConflictDoUpdate({
					target: [topicSubscription.userId, topicSubscription.topicId],
					set: { level, updatedAt: now() }
				});
			return level;
		},

		/** Subscribes to, mutes or leaves a category the reader may read. */
		async setCategoryLevel(reader: ForumReader, categoryId: string, input: unknown) {
			const r = signedIn(reader);
			const { level } = parseInput(levelInput, input);
			const c = await readableCategory(r, categoryId);
			if (!c) throw new AppError('not_found', 'No such category');
			await db
				.insert(categorySubscription)
				.values({ userId: r.userId, categoryId: c.id, level, updatedAt: now() })
				.onConflictDoUpdate({
					target: [categorySubscription.userId, categorySubscription.categoryId],
					set: { level, updatedAt: now() }
				});
			return level;
		}
	};
}
