import { and, desc, eq, isNull } from 'drizzle-orm';
import { Feed } from 'feed';
import { user } from '../accounts/schema.ts';
import type { Database } from '../core/db.ts';
import { renderDocument } from '../content/document.ts';
import { topicPath } from './reading.ts';
import { forumCategory, forumPost, forumTopic } from './schema.ts';

/** How many of the newest topics a forum feed lists. */
const feedSize = 30;

/**
 * RSS 2.0 of the newest topics in the forum's public categories (or one of them), each with its first
 * post. Feed readers carry no session, so a feed is what a visitor may read: a Mates-only or
 * staff-only category has none (null), and hidden first posts and deleted topics are left out.
 */
export function createForumFeeds({ db, origin }: { db: Database; origin: string }) {
	return {
		async topicsFeed(opts: { categorySlug?: string; title: string; description: string; language: string }) {
			let category: typeof forumCategory.$inferSelect | undefined;
			if (opts.categorySlug) {
				[category] = await db.select().from(forumCategory).where(eq(forumCategory.slug, opts.categorySlug));
				if (!category || category.visibility !== 'public') return null;
			}
			const rows = await db
				.select({ topic: forumTopic, body: forumPost.body, author: user.name })
				.from(forumTopic)
				.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
				.innerJoin(forumPost, and(eq(forumPost.topicId, forumTopic.id), eq(forumPost.number, 1)))
				.leftJoin(user, eq(user.id, forumTopic.authorId))
				.where(
					and(
						eq(forumCategory.visibility, 'public'),
						category ? eq(forumCategory.id, category.id) : undefined,
						isNull(forumTopic.deletedAt),
						isNull(forumPost.hiddenAt)
					)
				)
				.orderBy(desc(forumTopic.createdAt), desc(forumTopic.id))
				.limit(feedSize);
			const self = `${origin}/forum${category ? `/${category.slug}` : ''}`;
			const feed = new Feed({
				id: self,
				title: opts.title,
				description: opts.description,
				link: self,
				language: opts.language,
				updated: rows[0]?.topic.createdAt ?? new Date(0),
				generator: 'Sotong',
				copyright: opts.title,
				feedLinks: { rss: `${self}/feed.xml` }
			});
			for (const { topic, body, author } of rows) {
				const link = `${origin}${topicPath(topic)}`;
				feed.addItem({
					title: topic.title,
					id: link,
					link,
					date: topic.createdAt,
					content: renderDocument(body, new Map(), origin),
					author: author ? [{ name: author }] : undefined
				});
			}
			return feed.rss2();
		}
	};
}
