import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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
		ownerId: text('owner_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		subject: text('subject').notNull(),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		status: text('status').$type<'processing' | 'ready' | 'failed'>().notNull().default('processing'),
		widths: integer('widths').array().notNull().default([]),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('image_subject_idx').on(t.subject)]
);
