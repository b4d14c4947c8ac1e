import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';
import type { StoryDocument } from '../content/document.ts';
import { forumPost, forumTopic } from './schema.ts';

/**
 * The forum's tables beyond topics and posts (kept apart from schema.ts so the forum's parts grow
 * side by side): reactions, drafts that survive a reload, and the search copy of each post.
 */

/** One person's reaction to a post: at most one of each kind (forum/reactions.ts has the set). */
export const forumReaction = pgTable(
	'forum_reaction',
	{
		postId: text('post_id')
			.notNull()
			.references(() => forumPost.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		reaction: text('reaction').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.postId, t.userId, t.reaction] })]
);

/**
 * What a person was writing and has not posted: a reply to a topic (`topic:<id>`) or a new topic
 * (`new`, with its category and title). Kept on the server, so pictures in it are kept too.
 */
export const forumDraft = pgTable(
	'forum_draft',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		categoryId: text('category_id'),
		title: text('title').notNull().default(''),
		body: jsonb('body').$type<StoryDocument>().notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.key] })]
);

/**
 * Each post's words with its topic's title, for substring search in any script (as stories do:
 * `core/search.ts`): a trigram index for ILIKE and the Korean/Japanese/Chinese letter pairs for
 * two-letter words.
 */
export const forumPostSearch = pgTable(
	'forum_post_search',
	{
		postId: text('post_id')
			.primaryKey()
			.references(() => forumPost.id, { onDelete: 'cascade' }),
		topicId: integer('topic_id')
			.notNull()
			.references(() => forumTopic.id, { onDelete: 'cascade' }),
		searchText: text('search_text').notNull(),
		searchGrams: text('search_grams').array().notNull().default([]),
		indexedAt: timestamp('indexed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('forum_post_search_topic_idx').on(t.topicId),
		index('forum_post_search_text_idx').using('gin', t.searchText.op('gin_trgm_ops')),
		index('forum_post_search_grams_idx').using('gin', t.searchGrams)
	]
);
