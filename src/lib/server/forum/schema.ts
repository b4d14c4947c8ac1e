import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';
import type { StoryDocument } from '../content/document.ts';

/** Who may read a category: everyone (visitors too), Mates and staff, or staff alone. */
export const categoryVisibilities = ['public', 'mates', 'staff'] as const;
export type CategoryVisibility = (typeof categoryVisibilities)[number];

/** A forum category: where topics are started, with its own visibility and names in each language. */
export const forumCategory = pgTable('forum_category', {
	id: text('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	nameEn: text('name_en').notNull(),
	nameKo: text('name_ko').notNull(),
	descriptionEn: text('description_en').notNull().default(''),
	descriptionKo: text('description_ko').notNull().default(''),
	visibility: text('visibility').$type<CategoryVisibility>().notNull(),
	/** Only staff start topics here (announcements); others may still reply. */
	staffStartsTopics: boolean('staff_starts_topics').notNull().default(false),
	position: integer('position').notNull().default(0),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A conversation in a category: its first post and the replies that follow, numbered from 1. */
export const forumTopic = pgTable(
	'forum_topic',
	{
		/** A short number for readable addresses (/forum/t/42-title). */
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		categoryId: text('category_id')
			.notNull()
			.references(() => forumCategory.id, { onDelete: 'restrict' }),
		/** Kept when the account is deleted: the conversation stays readable, its writer anonymous. */
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		slug: text('slug').notNull(),
		/** The first post and every reply; the next post takes number postCount + 1. */
		postCount: integer('post_count').notNull().default(1),
		locked: boolean('locked').notNull().default(false),
		pinned: boolean('pinned').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastPostedAt: timestamp('last_posted_at', { withTimezone: true }).notNull().defaultNow(),
		/** Deleted (or merged away) by staff: gone for readers, kept for its writer to see why (moderation.ts). */
		deletedAt: timestamp('deleted_at', { withTimezone: true }),
		/** Merged into this topic: its posts live there now, and its address leads there. */
		mergedIntoId: integer('merged_into_id')
	},
	(t) => [index('forum_topic_list_idx').on(t.categoryId, t.pinned, t.lastPostedAt)]
);

/** One post of a topic: the editor's sanitised JSON document, at its place (number) in the topic. */
export const forumPost = pgTable(
	'forum_post',
	{
		id: text('id').primaryKey(),
		topicId: integer('topic_id')
			.notNull()
			.references(() => forumTopic.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		body: jsonb('body').$type<StoryDocument>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		editedAt: timestamp('edited_at', { withTimezone: true }),
		/** Hidden by staff: readers see that it was, its writer sees it and why (moderation.ts). */
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		/** Last changed by staff: everyone sees "edited by staff", its writer sees why. */
		staffEditedAt: timestamp('staff_edited_at', { withTimezone: true })
	},
	// A page of a topic is a range of numbers: an index range scan however many replies there are.
	(t) => [
		uniqueIndex('forum_post_topic_number_idx').on(t.topicId, t.number),
		index('forum_post_author_idx').on(t.authorId)
	]
);

/** How far a person has read each topic, for unread counts and the "new since your last visit" mark. */
export const forumRead = pgTable(
	'forum_read',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		topicId: integer('topic_id')
			.notNull()
			.references(() => forumTopic.id, { onDelete: 'cascade' }),
		lastReadNumber: integer('last_read_number').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.topicId] })]
);
