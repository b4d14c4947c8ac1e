import {
	bigint,
	boolean,
	doublePrecision,
	index,
	integer,
	pgTable,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';

/**
 * An uploaded image: a clean master (re-encoded, no metadata) and, once the background job has run,
 * responsive variants. `subject` says what it belongs to (`story:<id>`), so the owning module decides
 * who may see it.
 */
export const image = pgTable(
	'image',
	{
		id: text('id').primaryKey(),
		/** Null once the owner deleted their account and a story they published kept this file. */
		ownerId: text('owner_id').references(() => user.id, { onDelete: 'set null' }),
		subject: text('subject').notNull(),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		status: text('status').$type<'processing' | 'ready' | 'failed'>().notNull().default('processing'),
		widths: integer('widths').array().notNull().default([]),
		/** Bytes stored for it (master and variants), counted against the owner's quota. */
		bytes: bigint('bytes', { mode: 'number' }).notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('image_subject_idx').on(t.subject), index('image_owner_idx').on(t.ownerId)]
);

/** The video containers people may upload, by the type sniffed from their bytes. */
export type VideoMime = 'video/mp4' | 'video/quicktime' | 'video/webm';

/**
 * An uploaded video, stored as sent (`videos/<id>/original.<ext>`; it is probed, not re-encoded) with
 * a poster frame (`poster.jpg`) made by the `media.video_poster` job. `status` is `ready` once the
 * poster exists, `failed` when no frame could be taken. `subject` works as for images.
 */
export const video = pgTable(
	'video',
	{
		id: text('id').primaryKey(),
		/** Null once the owner deleted their account and a story they published kept this file. */
		ownerId: text('owner_id').references(() => user.id, { onDelete: 'set null' }),
		subject: text('subject').notNull(),
		status: text('status').$type<'processing' | 'ready' | 'failed'>().notNull().default('processing'),
		mime: text('mime').$type<VideoMime>().notNull(),
		/** The stored file's extension: mp4, mov or webm. */
		container: text('container').$type<'mp4' | 'mov' | 'webm'>().notNull(),
		durationSeconds: doublePrecision('duration_seconds').notNull(),
		/** As shown, after any rotation the file asks for. */
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		/** Bytes stored for it (original and poster), counted against the owner's quota. */
		bytes: bigint('bytes', { mode: 'number' }).notNull(),
		hasPoster: boolean('has_poster').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('video_subject_idx').on(t.subject), index('video_owner_idx').on(t.ownerId)]
);

/**
 * A resumable (tus) upload in progress: bytes so far live in `uploads/<id>` and `offset` says how many
 * of them are safely on disk. Once complete it points at the video it became (`videoId`) until it
 * expires, so a client that lost the last answer can still ask for the result.
 */
export const upload = pgTable(
	'upload',
	{
		id: text('id').primaryKey(),
		ownerId: text('owner_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		subject: text('subject').notNull(),
		/** The size the client declared (tus `Upload-Length`); never more is accepted. */
		length: bigint('length', { mode: 'number' }).notNull(),
		offset: bigint('offset', { mode: 'number' }).notNull().default(0),
		/** The type the client said it sends; informative only, the bytes decide. */
		declaredType: text('declared_type'),
		videoId: text('video_id').references(() => video.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('upload_owner_idx').on(t.ownerId), index('upload_expires_idx').on(t.expiresAt)]
);
