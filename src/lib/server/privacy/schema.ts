import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Each published version of the privacy notice; a person's accepted version is kept on their account. */
export const privacyNotice = pgTable('privacy_notice', {
	version: integer('version').primaryKey(),
	bodyEn: text('body_en').notNull(),
	bodyKo: text('body_ko').notNull(),
	publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
	publishedBy: text('published_by')
});
