import { and, arrayContains, eq, gt, ilike, inArray, isNull, or, sql, desc } from 'drizzle-orm';
import type { Database, Executor } from '../core/db.ts';
import { cjkBigrams, likePattern, searchTerms } from '../core/search.ts';
import { plainText, type StoryDocument } from '../content/document.ts';
import { categoryVisibilities } from './schema.ts';
import { forumPostSearch } from './extras-schema.ts';
import { forumPolicy, type ForumReader } from './policy.ts';
import { forumCategory, forumPost, forumTopic } from './schema.ts';
import { pageOfPost, topicPath } from './reading.ts';

/**
 * Topic search, as stories search (`core/search.ts`): every word of the query anywhere in a topic's
 * title or one of its posts, in any script; a two-letter Korean word (축제) is found through the index
 * of neighbouring letter pairs, then confirmed by ILIKE. Only topics in categories the reader may read
 * are ever looked at, so a visitor never finds a Mates-only topic.
 */

/** The text a post is found by: its topic's title, then its words. */
const searchTextOf = (title: string, body: StoryDocument) => `${title}\n${plainText(body)}`;

/** Writes a post's search copy (inside the transaction that stores or changes the post). */
export async function indexPost(
	tx: Executor,
	p: { postId: string; topicId: number; title: string; body: StoryDocument }
) {
	const searchText = searchTextOf(p.title, p.body);
	const values = { searchText, searchGrams: cjkBigrams(searchText), indexedAt: new Date() };
	await tx
		.insert(forumPostSearch)
		.values({ postId: p.postId, topicId: p.topicId, ...values })
		.onConflictDoUpdate({ target: forumPostSearch.postId, set: values });
}

/** What a topic search finds: the topic, and the first of its posts that matches, with its words. */
export interface TopicHit {
	topicId: number;
	title: string;
	path: string;
	category: { slug: string; nameEn: string; nameKo: string };
	number: number;
	text: string;
	lastPostedAt: Date;
}

export function createForumSearch({ db }: { db: Database }) {
	return {
		/**
		 * Posts without a search copy, or changed since it was written, get one (at every start: posts
		 * written before search existed, or by code that does not index). Returns how many.
		 */
		async indexMissingPosts(batch = 500): Promise<number> {
			let done = 0;
			for (;;) {
				const rows = await db
					.select({
						postId: forumPost.id,
						topicId: forumPost.topicId,
						body: forumPost.body,
						title: forumTopic.title
					})
					.from(forumPost)
					.innerJoin(forumTopic, eq(forumTopic.id, forumPost.topicId))
					.leftJoin(forumPostSearch, eq(forumPostSearch.postId, forumPost.id))
					.where(or(isNull(forumPostSearch.postId), gt(forumPost.editedAt, forumPostSearch.indexedAt)))
					.limit(batch);
				for (const r of rows) await indexPost(db, r);
				done += rows.length;
				if (rows.length < batch) return done;
			}
		},

		/** Topics the reader may read whose title or posts hold every word of the query; titles first. */
		async searchTopics(reader: ForumReader, q: string, limit = 30): Promise<TopicHit[]> {
			const terms = searchTerms(q);
			const readable = categoryVisibilities.filter((v) =>
				forumPolicy.canRead(reader.access, { visibility: v })
			);
			if (terms.length === 0 || readable.length === 0) return [];
			const matches = terms.map((term) => {
				const found = ilike(forumPostSearch.searchText, likePattern(term));
				const pairs = term.length < 3 ? cjkBigrams(term) : [];
				return pairs.length ? and(arrayContains(forumPostSearch.searchGrams, pairs), found)! : found;
			});
			// The first matching post of each topic, then the topics in order: title matches first.
			const first = db
				.selectDistinctOn([forumPostSearch.topicId], {
					topicId: forumPostSearch.topicId,
					postId: forumPostSearch.postId,
					text: forumPostSearch.searchText
				})
				.from(forumPostSearch)
				.innerJoin(forumTopic, eq(forumTopic.id, forumPostSearch.topicId))
				.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
				.innerJoin(forumPost, eq(forumPost.id, forumPostSearch.postId))
				// Hidden posts and deleted topics are not found, whoever searches.
				.where(
					and(
						inArray(forumCategory.visibility, readable),
						isNull(forumPost.hiddenAt),
						isNull(forumTopic.deletedAt),
						...matches
					)
				)
				.orderBy(forumPostSearch.topicId, forumPost.number)
				.as('first');
			const rows = await db
				.select({
					topicId: forumTopic.id,
					title: forumTopic.title,
					slug: forumTopic.slug,
					lastPostedAt: forumTopic.lastPostedAt,
					categorySlug: forumCategory.slug,
					nameEn: forumCategory.nameEn,
					nameKo: forumCategory.nameKo,
					number: forumPost.number,
					text: first.text
				})
				.from(first)
				.innerJoin(forumTopic, eq(forumTopic.id, first.topicId))
				.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
				.innerJoin(forumPost, eq(forumPost.id, first.postId))
				.orderBy(desc(sql`${forumTopic.title} ilike ${likePattern(terms[0])}`), desc(forumTopic.lastPostedAt))
				.limit(limit);
			return rows.map((r) => ({
				topicId: r.topicId,
				title: r.title,
				path: `${topicPath({ id: r.topicId, slug: r.slug })}?page=${pageOfPost(r.number)}#post-${r.number}`,
				category: { slug: r.categorySlug, nameEn: r.nameEn, nameKo: r.nameKo },
				number: r.number,
				// The post's own words, without the title its search copy starts with.
				text: r.text.slice(r.title.length + 1),
				lastPostedAt: r.lastPostedAt
			}));
		}
	};
}
