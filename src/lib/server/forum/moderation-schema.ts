import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';
import type { StoryDocument } from '../content/document.ts';
import { forumCategory, forumPost, forumTopic } from './schema.ts';

/**
 * Every version of an edited post, oldest first: version 1 is the text as first posted (kept at the
 * first edit), each edit adds the text it made. Staff read them as the post's history.
 */
export const forumPostRevision = pgTable(
	'forum_post_revision',
	{
		id: text('id').primaryKey(),
		postId: text('post_id')
			.notNull()
			.references(() => forumPost.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		body: jsonb('body').$type<StoryDocument>().notNull(),
		/** Who wrote this version: the writer, or the staff member who edited it. */
		editorId: text('editor_id').references(() => user.id, { onDelete: 'set null' }),
		byStaff: boolean('by_staff').notNull().default(false),
		/** Why staff changed it (empty for the writer's own edits). */
		reason: text('reason').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [uniqueIndex('forum_post_revision_version_idx').on(t.postId, t.version)]
);

export const flagReasons = ['spam', 'offensive', 'off-topic', 'other'] as const;
export type FlagReason = (typeof flagReasons)[number];

/** A member's report of a post; open until a reviewer acts on the post or dismisses it. */
export const forumFlag = pgTable(
	'forum_flag',
	{
		id: text('id').primaryKey(),
		postId: text('post_id')
			.notNull()
			.references(() => forumPost.id, { onDelete: 'cascade' }),
		flaggerId: text('flagger_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		reason: text('reason').$type<FlagReason>().notNull(),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		resolvedAt: timestamp('resolved_at', { withTimezone: true }),
		resolvedBy: text('resolved_by').references(() => user.id, { onDelete: 'set null' }),
		/** What settled it: a moderation action ('hide', 'staff_edit', …) or 'dismiss'. */
		resolution: text('resolution')
	},
	(t) => [
		// One open flag per person per post.
		uniqueIndex('forum_flag_open_idx')
			.on(t.postId, t.flaggerId)
			.where(sql`${t.resolvedAt} is null`),
		index('forum_flag_queue_idx').on(t.resolvedAt, t.createdAt)
	]
);

export const moderationActions = [
	'hide',
	'unhide',
	'staff_edit',
	'move',
	'merge',
	'lock',
	'unlock',
	'pin',
	'unpin',
	'delete',
	'silence',
	'unsilence',
	'approve',
	'reject'
] as const;
export type ModerationAction = (typeof moderationActions)[number];

/**
 * What staff did to a member's post, topic or account, and why: the member reads it on the item
 * (and the lead's notifications may tell them). The staff audit log keeps its own entry.
 */
export const forumModerationNote = pgTable(
	'forum_moderation_note',
	{
		id: text('id').primaryKey(),
		action: text('action').$type<ModerationAction>().notNull(),
		topicId: integer('topic_id').references(() => forumTopic.id, { onDelete: 'cascade' }),
		postId: text('post_id').references(() => forumPost.id, { onDelete: 'cascade' }),
		/** The member told: the writer of the post or topic, or the silenced member. */
		subjectId: text('subject_id').references(() => user.id, { onDelete: 'cascade' }),
		moderatorId: text('moderator_id').references(() => user.id, { onDelete: 'set null' }),
		reason: text('reason').notNull(),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('forum_moderation_note_topic_idx').on(t.topicId, t.subjectId)]
);

/** A member who may not post until a time, and why (one row a member; lifting it deletes it). */
export const forumSilence = pgTable('forum_silence', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	until: timestamp('until', { withTimezone: true }).notNull(),
	reason: text('reason').notNull(),
	moderatorId: text('moderator_id').references(() => user.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});

/**
 * A new member's post waiting for a reviewer: a reply (topic set) or a new topic (category and title
 * set). Readers' tables never hold it, so nothing else (lists, counts, search) can show it; approval
 * turns it into a real post with the same id. A rejected one stays for its writer to see why.
 */
export const forumPendingPost = pgTable(
	'forum_pending_post',
	{
		id: text('id').primaryKey(),
		authorId: text('author_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		topicId: integer('topic_id').references(() => forumTopic.id, { onDelete: 'cascade' }),
		categoryId: text('category_id').references(() => forumCategory.id, { onDelete: 'cascade' }),
		title: text('title'),
		body: jsonb('body').$type<StoryDocument>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		rejectedAt: timestamp('rejected_at', { withTimezone: true }),
		rejectReason: text('reject_reason')
	},
	(t) => [
		index('forum_pending_post_author_idx').on(t.authorId, t.createdAt),
		index('forum_pending_post_queue_idx').on(t.rejectedAt, t.createdAt)
	]
);
