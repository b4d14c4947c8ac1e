import { and, asc, between, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { mediaOfPosts, type ForumMedia } from './attachments.ts';
import { renderPost } from './render.ts';
import { forumPolicy, type ForumReader } from './policy.ts';
import { forumCategory, forumPost, forumRead, forumTopic } from './schema.ts';

export const topicsPerPage = 30;
export const postsPerPage = 20;

/** The page of a topic that shows post number `n`. */
export const pageOfPost = (n: number) => Math.max(1, Math.ceil(n / postsPerPage));

/** The address of a topic: its number, then its title as a readable slug. */
export const topicPath = (t: { id: number; slug: string }) => `/forum/t/${t.id}-${t.slug}`;

const notFound = () => new AppError('not_found', 'No such forum page');

/** Topics readers see: not deleted by staff, nor merged into another. */
const liveTopic = isNull(forumTopic.deletedAt);

/** Posts a person has not read in a topic: all of them when they never opened it. */
const unreadSql = (userId: string | null) =>
	userId
		? sql<number>`greatest(${forumTopic.postCount} - coalesce(${forumRead.lastReadNumber}, 0), 0)`.mapWith(
				Number
			)
		: sql<number>`0`.mapWith(Number);

const readJoin = (userId: string | null) =>
	and(eq(forumRead.topicId, forumTopic.id), eq(forumRead.userId, userId ?? ''));

/**
 * What people read in the forum: categories, topic lists and pages of posts, each filtered by the
 * forum policy for the reader (what they may not read does not exist for them: not found), with
 * unread counts and how far they have read.
 */
export function createForumReading({ db, media }: { db: Database; media?: ForumMedia }) {
	const readable = (reader: ForumReader, c: typeof forumCategory.$inferSelect | undefined) =>
		!!c && forumPolicy.canRead(reader.access, c);

	/**
	 * A topic the reader may read, with its category and how far they had read it before this
	 * visit (null when never opened, or for visitors).
	 */
	const topicFor = async (reader: ForumReader, id: number) => {
		const [row] = await db
			.select({ topic: forumTopic, category: forumCategory })
			.from(forumTopic)
			.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
			.where(eq(forumTopic.id, id));
		if (!row || !readable(reader, row.category)) throw notFound();
		// A deleted topic stays for its writer (to read why) and for moderators; a merged one answers
		// with `mergedIntoId` so its address can lead to where its posts are now.
		const own = !!reader.userId && reader.userId === row.topic.authorId;
		if (row.topic.deletedAt && !row.topic.mergedIntoId && !own && !reader.moderator) throw notFound();
		const [read] = reader.userId
			? await db
					.select({ n: forumRead.lastReadNumber })
					.from(forumRead)
					.where(and(eq(forumRead.userId, reader.userId), eq(forumRead.topicId, id)))
			: [];
		return { ...row, lastRead: read?.n ?? null };
	};

	return {
		/** The categories a reader may read, in order, with topic counts and topics with unread posts. */
		async categoriesFor(reader: ForumReader) {
			const all = await db.select().from(forumCategory).orderBy(asc(forumCategory.position));
			const counts = await db
				.select({
					categoryId: forumTopic.categoryId,
					topics: count(),
					unread: sql<number>`count(*) filter (where ${unreadSql(reader.userId)} > 0)`.mapWith(Number)
				})
				.from(forumTopic)
				.leftJoin(forumRead, readJoin(reader.userId))
				.where(liveTopic)
				.groupBy(forumTopic.categoryId);
			const byId = new Map(counts.map((c) => [c.categoryId, c]));
			return all
				.filter((c) => readable(reader, c))
				.map((c) => ({
					...c,
					topics: byId.get(c.id)?.topics ?? 0,
					unread: reader.userId ? (byId.get(c.id)?.unread ?? 0) : 0
				}));
		},

		/** A category by its address, if the reader may read it; otherwise it does not exist for them. */
		async categoryBySlug(reader: ForumReader, slug: string) {
			const [c] = await db.select().from(forumCategory).where(eq(forumCategory.slug, slug));
			if (!readable(reader, c)) throw notFound();
			return c!;
		},

		/** Categories where the reader may start a topic (the new-topic form's choices). */
		async categoriesToStartIn(reader: ForumReader) {
			const all = await db.select().from(forumCategory).orderBy(asc(forumCategory.position));
			return all.filter((c) => forumPolicy.canStartTopic(reader.access, c));
		},

		/** One page of a category's topics: pinned first, then the most recently active, with unread counts. */
		async topicsIn(reader: ForumReader, categoryId: string, page = 1) {
			const [{ total }] = await db
				.select({ total: count() })
				.from(forumTopic)
				.where(and(eq(forumTopic.categoryId, categoryId), liveTopic));
			const pages = Math.max(1, Math.ceil(total / topicsPerPage));
			const current = Math.min(page, pages);
			const rows = await db
				.select({
					id: forumTopic.id,
					slug: forumTopic.slug,
					title: forumTopic.title,
					postCount: forumTopic.postCount,
					locked: forumTopic.locked,
					pinned: forumTopic.pinned,
					createdAt: forumTopic.createdAt,
					lastPostedAt: forumTopic.lastPostedAt,
					author: user.name,
					lastRead: forumRead.lastReadNumber,
					unread: unreadSql(reader.userId)
				})
				.from(forumTopic)
				.leftJoin(user, eq(user.id, forumTopic.authorId))
				.leftJoin(forumRead, readJoin(reader.userId))
				.where(and(eq(forumTopic.categoryId, categoryId), liveTopic))
				.orderBy(desc(forumTopic.pinned), desc(forumTopic.lastPostedAt), desc(forumTopic.id))
				.limit(topicsPerPage)
				.offset((current - 1) * topicsPerPage);
			return { topics: rows, page: current, pages, total };
		},

		topicFor,

		/**
		 * One page of a topic's posts, as HTML rendered from their allow-listed documents. A page is a
		 * range of post numbers, read through the (topic, number) index: the last page of a topic with
		 * thousands of replies costs what the first does. A post hidden by staff keeps its place with no
		 * text, except for its writer and moderators (pass the reader); `hidden` says which ones are.
		 */
		async postsPage(topic: { id: number; postCount: number }, page: number, reader?: ForumReader) {
			const pages = pageOfPost(topic.postCount);
			const current = Math.min(Math.max(1, page), pages);
			const first = (current - 1) * postsPerPage + 1;
			const rows = await db
				.select({
					id: forumPost.id,
					number: forumPost.number,
					body: forumPost.body,
					createdAt: forumPost.createdAt,
					editedAt: forumPost.editedAt,
					staffEditedAt: forumPost.staffEditedAt,
					hiddenAt: forumPost.hiddenAt,
					authorId: forumPost.authorId,
					author: user.name
				})
				.from(forumPost)
				.leftJoin(user, eq(user.id, forumPost.authorId))
				.where(
					and(eq(forumPost.topicId, topic.id), between(forumPost.number, first, first + postsPerPage - 1))
				)
				.orderBy(asc(forumPost.number));
			const shown = await mediaOfPosts(
				media,
				rows.map((r) => r.body)
			);
			return {
				page: current,
				pages,
				posts: rows.map(({ body, hiddenAt, ...p }) => {
					const hidden = !!hiddenAt;
					const shows = !hidden || !!reader?.moderator || (!!reader?.userId && reader.userId === p.authorId);
					return { ...p, hidden, html: shows ? renderPost(body, shown) : '' };
				})
			};
		},

		/** A post's document and writer, to quote it in a reply (only from a topic the reader may read). */
		async postToQuote(reader: ForumReader, topicId: number, number: number) {
			await topicFor(reader, topicId);
			const [p] = await db
				.select({ number: forumPost.number, body: forumPost.body, author: user.name })
				.from(forumPost)
				.leftJoin(user, eq(user.id, forumPost.authorId))
				.where(and(eq(forumPost.topicId, topicId), eq(forumPost.number, number), isNull(forumPost.hiddenAt)));
			return p ?? null;
		},

		/** Remembers that a person has read a topic up to post `number` (never moving backwards). */
		async markRead(reader: ForumReader, topicId: number, number: number, at: Date) {
			if (!reader.userId) return;
			await db
				.insert(forumRead)
				.values({ userId: reader.userId, topicId, lastReadNumber: number, updatedAt: at })
				.onConflictDoUpdate({
					target: [forumRead.userId, forumRead.topicId],
					set: {
						lastReadNumber: sql`greatest(${forumRead.lastReadNumber}, excluded.last_read_number)`,
						updatedAt: at
					}
				});
		}
	};
}
