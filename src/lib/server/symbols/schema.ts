import { date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';

/** The two symbols only Mates may show: a round emblem and a wordmark. */
export const symbolNames = ['emblem', 'wordmark'] as const;
export type SymbolName = (typeof symbolNames)[number];

/**
 * Artwork an administrator uploaded for a symbol (replacing the built-in placeholder): the checked SVG
 * and a PNG rendered from it or uploaded beside it, both small enough to keep in the row.
 */
export const symbolArtwork = pgTable('symbol_artwork', {
	symbol: text('symbol').$type<SymbolName>().primaryKey(),
	svg: text('svg').notNull(),
	/** The PNG, base64: a few hundred kilobytes at most, read with the row. */
	pngBase64: text('png_base64').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * How often a Mate's symbol was shown on a site on one day: the referring page's origin only (no path,
 * no visitor address), '' when the browser sent none.
 */
export const symbolLoad = pgTable(
	'symbol_load',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		symbol: text('symbol').$type<SymbolName>().notNull(),
		origin: text('origin').notNull(),
		day: date('day', { mode: 'string' }).notNull(),
		loads: integer('loads').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.userId, t.symbol, t.origin, t.day] })]
);

/** What the last visit to one of a Mate's listed sites found. */
export const siteCheckResults = ['found', 'not_found', 'unreachable'] as const;
export type SiteCheckResult = (typeof siteCheckResults)[number];

/** The loyalty crawler's latest finding for one of a Mate's blog or social addresses. */
export const siteCheck = pgTable(
	'symbol_site_check',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		url: text('url').notNull(),
		result: text('result').$type<SiteCheckResult>().notNull(),
		/** What was found: 'symbol', 'link', 'rel-me' (several, comma-separated), or why it failed. */
		detail: text('detail').notNull().default(''),
		checkedAt: timestamp('checked_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.url] }), index('symbol_site_check_due_idx').on(t.checkedAt)]
);
