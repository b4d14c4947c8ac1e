import { date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';

/**
 * A yearly intake of Global Mates: its one-year term, how many Mates the city aims for, when
 * applications are taken, and which languages the city is looking for.
 */
export const cohort = pgTable('cohort', {
	id: text('id').primaryKey(),
	year: integer('year').notNull().unique(),
	termStart: date('term_start').notNull(),
	termEnd: date('term_end').notNull(),
	sizeTarget: integer('size_target').notNull(),
	applicationsOpen: timestamp('applications_open', { withTimezone: true }).notNull(),
	applicationsClose: timestamp('applications_close', { withTimezone: true }).notNull(),
	languages: text('languages').array().notNull(),
	openedBy: text('opened_by').references(() => user.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
