import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';
import type { StoryDocument } from '../content/document.ts';
import type { StoryPhoto, StoryVideo } from './media.ts';

/** Where a story is in its life; "scheduled" is a published story whose time has not come yet. */
export const storyStatuses = [
	'draft',
	'submitted',
	'changes_requested',
	'published',
	'unpublished',
	'archived'
] as const;
export type StoryStatus = (typeof storyStatuses)[number];
export const storyKinds = ['article', 'photos', 'video'] as const;
export type StoryKind = (typeof storyKinds)[number];

/** A story a Mate writes for visitors: an article, a photo set or a video, in one language. */
export const story = pgTable(
	'story',
	{
		id: text('id').primaryKey(),
		/** Null once the writer deleted their account and their published stories stayed (anonymised). */
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		kind: text('kind').$type<StoryKind>().notNull(),
		language: text('language').notNull(),
		title: text('title').notNull(),
		slug: text('slug').notNull().unique(),
		summary: text('summary').notNull().default(''),
		body: jsonb('body').$type<StoryDocument>().notNull(),
		/** The picture shown on cards, feeds and share previews (an uploaded image of this story). */
		coverImageId: text('cover_image_id'),
		/** A photo set's photos in order, each with its own caption and description. */
		photos: jsonb('photos').$type<StoryPhoto[]>().notNull().default([]),
		/** A video story's video: an uploaded file or a link shown through the platform's own embed. */
		video: jsonb('video').$type<StoryVideo | null>(),
		topics: text('topics').array().notNull().default([]),
		districts: text('districts').array().notNull().default([]),
		places: text('places').array().notNull().default([]),
		/** Title, summary, places and text in one string, for substring search (ILIKE) in any script. */
		searchText: text('search_text').notNull().default(''),
		/** Neighbouring Korean/Japanese/Chinese letter pairs of searchText, so two-letter words are indexed. */
		searchGrams: text('search_grams').array().notNull().default([]),
		/** Stories that are translations of each other share the id of the first one. */
		translationGroup: text('translation_group'),
		status: text('status').$type<StoryStatus>().notNull().default('draft'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/** Set while a reviewer features the story on the home page (newest featured first). */
		featuredAt: timestamp('featured_at', { withTimezone: true }),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('story_public_idx').on(t.status, t.publishedAt),
		index('story_author_idx').on(t.authorId, t.updatedAt),
		index('story_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
		index('story_search_grams_idx').using('gin', t.searchGrams),
		// Browse by topic or district and related stories ask "contains" / "overlaps" of these arrays.
		index('story_topics_idx').using('gin', t.topics),
		index('story_districts_idx').using('gin', t.districts)
	]
);

/** Every workflow step with who took it and when (and the reviewer's comment), for the story's history. */
export const storyEvent = pgTable(
	'story_event',
	{
		id: text('id').primaryKey(),
		/** Keeps steps in order even when two share a timestamp. */
		seq: integer('seq').generatedAlwaysAsIdentity(),
		storyId: text('story_id')
			.notNull()
			.references(() => story.id, { onDelete: 'cascade' }),
		actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		fromStatus: text('from_status').notNull(),
		toStatus: text('to_status').notNull(),
		comment: text('comment'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('story_event_story_idx').on(t.storyId, t.seq)]
);

/** The text of a published story before each later edit, so nothing published is lost. */
export const storyRevision = pgTable(
	'story_revision',
	{
		id: text('id').primaryKey(),
		storyId: text('story_id')
			.notNull()
			.references(() => story.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		body: jsonb('body').$type<StoryDocument>().notNull(),
		/** The picture shown on cards, feeds and share previews (an uploaded image of this story). */
		coverImageId: text('cover_image_id'),
		/** A photo set's photos in order, each with its own caption and description. */
		photos: jsonb('photos').$type<StoryPhoto[]>().notNull().default([]),
		/** A video story's video: an uploaded file or a link shown through the platform's own embed. */
		video: jsonb('video').$type<StoryVideo | null>(),
		editedBy: text('edited_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('story_revision_story_idx').on(t.storyId, t.version)]
);
