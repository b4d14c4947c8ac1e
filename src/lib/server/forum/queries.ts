import { and, desc, eq, gt, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import { forumCategory, forumPost, forumRead, forumTopic, type CategoryVisibility } from './schema.ts';

/*
 * What other modules (notifications) read of the forum, so that none of them reads the forum's
 * tables: small lookups, and subqueries to join their own rows to (`…Rows(db)`, each with the forum's
 * columns under stable names). Exported through service.ts. No policy here: callers ask forumPolicy
 * who may read what, as before.
 */

/** A category by id, or null. */
export async function forumCategoryById(db: Executor, categoryId: string) {
	const [c] = await db.select().from(forumCategory).where(eq(forumCategory.id, categoryId));
	return c ?? null;
}

/** A topic by id with where it is (its category and that category's visibility), or null. */
export async function forumTopicPlace(db: Executor, topicId: number) {
	const [row] = await db
		.select({ id: forumTopic.id, categoryId: forumTopic.categoryId, visibility: forumCategory.visibility })
		.from(forumTopic)
		.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
		.where(eq(forumTopic.id, topicId));
	return row ?? null;
}

/** Topics with their category (visibility and names), to join on `topicId`. */
export const forumTopicRows = (db: Executor) =>
	db
		.select({
			topicId: forumTopic.id,
			slug: forumTopic.slug,
			title: forumTopic.title,
			deletedAt: forumTopic.deletedAt,
			visibility: forumCategory.visibility,
			categoryEn: forumCategory.nameEn,
			categoryKo: forumCategory.nameKo
		})
		.from(forumTopic)
		.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
		.as('forum_topic_rows');

/** Posts with their text and whether staff hid them, to join on `postId`. */
export const forumPostRows = (db: Executor) =>
	db
		.select({ postId: forumPost.id, body: forumPost.body, hiddenAt: forumPost.hiddenAt })
		.from(forumPost)
		.as('forum_post_rows');

/** How far each person has read each topic (`lastRead`, a post number), to join on `userId` and `topicId`. */
export const forumReadMarks = (db: Executor) =>
	db
		.select({ userId: forumRead.userId, topicId: forumRead.topicId, lastRead: forumRead.lastReadNumber })
		.from(forumRead)
		.as('forum_read_marks');

/**
 * What is new for one reader in (since, until]: per topic still shown, in the given category
 * visibilities, the posts others wrote that are not hidden — how many, the first one's number and when
 * the last came — newest activity first.
 */
export async function newPostsByTopic(
	db: Executor,
	q: { readerId: string; visibilities: CategoryVisibility[]; since: Date; until: Date }
) {
	return db
		.select({
			topicId: forumTopic.id,
			slug: forumTopic.slug,
			title: forumTopic.title,
			createdAt: forumTopic.createdAt,
			categoryId: forumCategory.id,
			categoryEn: forumCategory.nameEn,
			categoryKo: forumCategory.nameKo,
			newPosts: sql<number>`count(*)`.mapWith(Number),
			firstNew: sql<number>`min(${forumPost.number})`.mapWith(Number),
			latest: sql<Date>`max(${forumPost.createdAt})`
		})
		.from(forumPost)
		.innerJoin(forumTopic, eq(forumTopic.id, forumPost.topicId))
		.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
		.where(
			and(
				gt(forumPost.createdAt, q.since),
				isNull(forumPost.hiddenAt),
				isNull(forumTopic.deletedAt),
				lte(forumPost.createdAt, q.until),
				or(isNull(forumPost.authorId), ne(forumPost.authorId, q.readerId)),
				inArray(forumCategory.visibility, q.visibilities)
			)
		)
		.groupBy(forumTopic.id, forumCategory.id)
		.orderBy(desc(sql`max(${forumPost.createdAt})`));
}
