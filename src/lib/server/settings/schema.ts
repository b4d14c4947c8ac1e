import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Administrator settings as typed key/value pairs (each key's zod schema lives in settings/service). */
export const setting = pgTable('setting', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedBy: text('updated_by'),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
