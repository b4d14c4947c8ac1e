import {
	and,
	arrayContains,
	arrayOverlaps,
	asc,
	count,
	desc,
	eq,
	getTableColumns,
	ilike,
	inArray,
	isNotNull,
	isNull,
	lte,
	ne,
	or,
	sql,
	type Placeholder
} from 'drizzle-orm';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { cjkBigrams, likePattern, searchTerms } from '../core/search.ts';
import { story } from './schema.ts';

/** Which published stories a list or feed shows. */
export interface StoryFilter {
	limit?: number;
	authorId?: string;
	/** Only stories by these writers; an empty list matches no story. */
	authorIds?: string[];
	languages?: string[];
	topic?: string;
	district?: string;
	/** Only stories a reviewer features (newest featured first), or only the others. */
	featured?: boolean;
}

/** A story's card picture: the chosen cover, else the first photo of a photo set. */
const coverSql = sql<string | null>`coalesce(${story.coverImageId}, ${story.photos}->0->>'imageId')`;

/** What a story card shows (no text): lists, related stories. */
const cardColumns = {
	id: story.id,
	title: story.title,
	slug: story.slug,
	summary: story.summary,
	language: story.language,
	kind: story.kind,
	cover: coverSql,
	publishedAt: story.publishedAt,
	authorId: story.authorId
};

/** A whole story for its page, without the copies of its text kept for search. */
const { searchText: _text, searchGrams: _grams, ...readableColumns } = getTableColumns(story);

/** Published and due: a scheduled story appears by itself when its time comes, with no job to run. */
export const publishedBy = (now: Date | Placeholder) =>
	and(eq(story.status, 'published'), lte(story.publishedAt, now));

const matching = (now: Date, opts: StoryFilter) => {
	const where = [publishedBy(now)];
	if (opts.topic) where.push(arrayContains(story.topics, [opts.topic]));
	if (opts.district) where.push(arrayContains(story.districts, [opts.district]));
	if (opts.authorId) where.push(eq(story.authorId, opts.authorId));
	if (opts.authorIds)
		where.push(opts.authorIds.length ? inArray(story.authorId, opts.authorIds) : sql`false`);
	if (opts.languages?.length) where.push(inArray(story.language, opts.languages));
	if (opts.featured !== undefined)
		where.push(opts.featured ? isNotNull(story.featuredAt) : isNull(story.featuredAt));
	return and(...where);
};

/** What visitors can read: published stories by address, lists, search, feeds and the sitemap. */
export function createStoryReading(deps: { db: Database; clock: Clock }) {
	const { db } = deps;
	const publicWhere = () => publishedBy(deps.clock.now());
	let districtCounts: { at: number; rows: { district: string; stories: number }[] } | null = null;
	// What a story page asks for on every visit, as prepared statements (built and planned once).
	const now = sql.placeholder('now');
	const storyAt = db
		.select(readableColumns)
		.from(story)
		.where(and(eq(story.slug, sql.placeholder('slug')), publishedBy(now)))
		.prepare('story_at_address');
	const translationsIn = db
		.select({ slug: story.slug, language: story.language, title: story.title })
		.from(story)
		.where(
			and(
				eq(story.translationGroup, sql.placeholder('group')),
				ne(story.id, sql.placeholder('id')),
				publishedBy(now)
			)
		)
		.orderBy(asc(story.language))
		.prepare('story_translations');
	const group = sql`${sql.placeholder('group')}::text`;
	const relatedTo = db
		.select(cardColumns)
		.from(story)
		.where(
			and(
				publishedBy(now),
				ne(story.id, sql.placeholder('id')),
				// Not the story itself in another language.
				sql`(${group} is null or ${story.translationGroup} is null or ${story.translationGroup} <> ${group})`,
				or(
					arrayOverlaps(story.topics, sql.placeholder('topics')),
					arrayOverlaps(story.districts, sql.placeholder('districts'))
				)
			)
		)
		.orderBy(desc(story.publishedAt))
		.limit(sql.placeholder('limit'))
		.prepare('story_related');
	const nowParam = () => deps.clock.now().toISOString();
	return {
		/**
		 * Whether someone may see a story's files (its images): anyone once it is published and due;
		 * before that, only its writer and reviewers.
		 */
		async storyVisibleTo(storyId: string, viewer: { userId: string; reviewer: boolean } | null) {
			const [s] = await db
				.select({ authorId: story.authorId, status: story.status, publishedAt: story.publishedAt })
				.from(story)
				.where(eq(story.id, storyId));
			if (!s) return false;
			const due = s.status === 'published' && !!s.publishedAt && s.publishedAt <= deps.clock.now();
			return due || (!!viewer && (viewer.reviewer || viewer.userId === s.authorId));
		},

		/** A published story by its address, for visitors; null until its publication time. */
		async publishedStory(slug: string) {
			if (!slug || slug.length > 200) return null;
			const [s] = await storyAt.execute({ slug, now: nowParam() });
			return s ?? null;
		},

		/**
		 * Published stories containing every word of the query, anywhere in a word: a search for 축제
		 * finds "축제를", in any script. Title matches first, then the newest.
		 */
		async searchStories(q: string, limit = 20) {
			const terms = searchTerms(q);
			if (terms.length === 0) return [];
			// A two-letter Korean word has no trigram: its letter pair finds the candidates instead.
			const matches = terms.map((term) => {
				const found = ilike(story.searchText, likePattern(term));
				const pairs = term.length < 3 ? cjkBigrams(term) : [];
				return pairs.length ? and(arrayContains(story.searchGrams, pairs), found)! : found;
			});
			return db
				.select({
					id: story.id,
					title: story.title,
					slug: story.slug,
					summary: story.summary,
					language: story.language,
					searchText: story.searchText,
					publishedAt: story.publishedAt,
					authorId: story.authorId
				})
				.from(story)
				.where(and(publicWhere(), ...matches))
				.orderBy(desc(sql`${story.title} ilike ${likePattern(terms[0])}`), desc(story.publishedAt))
				.limit(limit);
		},

		/**
		 * Every published story's address and last change, a page at a time, for the sitemap; stories
		 * with published translations list them all (itself included) as language alternates.
		 */
		async publishedAddresses(offset: number, limit: number) {
			const rows = await db
				.select({ slug: story.slug, updatedAt: story.updatedAt, group: story.translationGroup })
				.from(story)
				.where(publicWhere())
				.orderBy(asc(story.publishedAt), asc(story.id))
				.offset(offset)
				.limit(limit);
			const groups = [...new Set(rows.flatMap((r) => (r.group ? [r.group] : [])))];
			const versions = groups.length
				? await db
						.select({ slug: story.slug, language: story.language, group: story.translationGroup })
						.from(story)
						.where(and(publicWhere(), inArray(story.translationGroup, groups)))
				: [];
			return rows.map(({ group, ...r }) => {
				const alternates = versions.filter((v) => v.group === group);
				return { ...r, alternates: alternates.length > 1 ? alternates : [] };
			});
		},

		async countPublished() {
			const [{ n }] = await db.select({ n: count() }).from(story).where(publicWhere());
			return n;
		},

		/** The newest published stories (without their text), optionally by author, language, topic or district. */
		async latestStories(opts: StoryFilter = {}) {
			return db
				.select({ ...cardColumns, topics: story.topics, districts: story.districts })
				.from(story)
				.where(matching(deps.clock.now(), opts))
				.orderBy(...(opts.featured ? [desc(story.featuredAt)] : []), desc(story.publishedAt))
				.limit(Math.min(opts.limit ?? 20, 100));
		},

		/**
		 * How many published stories each district of Seoul has, most first (for the home page). It
		 * counts over every story, so the answer is kept until a story changes for visitors or a minute
		 * passes (a scheduled story coming due).
		 */
		async storiesPerDistrict() {
			const now = deps.clock.now().getTime();
			if (districtCounts && now - districtCounts.at < 60_000) return districtCounts.rows;
			const tagged = db
				.select({ district: sql<string>`unnest(${story.districts})`.as('district') })
				.from(story)
				.where(publicWhere())
				.as('tagged');
			const rows = await db
				.select({ district: tagged.district, stories: count() })
				.from(tagged)
				.groupBy(tagged.district)
				.orderBy(desc(count()), asc(tagged.district));
			districtCounts = { at: now, rows };
			return rows;
		},

		/** Forgets kept counts once a story changes for visitors. */
		forgetCounts() {
			districtCounts = null;
		},

		/** The published translations of a story (same group, other languages), for hreflang and links. */
		async translationsOf(s: { id: string; translationGroup: string | null }) {
			if (!s.translationGroup) return [];
			return translationsIn.execute({ group: s.translationGroup, id: s.id, now: nowParam() });
		},

		/** Other published stories on the same topics or in the same districts, newest first. */
		async relatedStories(
			s: { id: string; translationGroup: string | null; topics: string[]; districts: string[] },
			limit = 3
		) {
			if (s.topics.length === 0 && s.districts.length === 0) return [];
			return relatedTo.execute({
				id: s.id,
				group: s.translationGroup,
				topics: s.topics,
				districts: s.districts,
				now: nowParam(),
				limit
			});
		},

		/** The newest published stories with their text, for feeds. */
		async latestStoriesWithText(opts: StoryFilter = {}) {
			return db
				.select(readableColumns)
				.from(story)
				.where(matching(deps.clock.now(), opts))
				.orderBy(desc(story.publishedAt))
				.limit(Math.min(opts.limit ?? 20, 100));
		}
	};
}
