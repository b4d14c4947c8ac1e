import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../core/db.ts';
import { symbolLoad, type SymbolName } from './schema.ts';

/**
 * The origin of the page that showed a symbol, from the Referer header: scheme, host and port only,
 * never the path (a person's browsing stays theirs); '' when there is none or it is not a web page.
 */
export function refererOrigin(referer: string | null): string {
	if (!referer) return '';
	try {
		const url = new URL(referer);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : '';
	} catch {
		return '';
	}
}

/** Where a Mate's symbols were shown lately: each site with its loads and the last day seen. */
export interface SymbolSite {
	origin: string;
	loads: number;
	lastSeen: string;
}

/** Counting symbol loads per Mate, symbol, site and day, and reading the counts back. */
export function createSymbolLoads(db: Database) {
	return {
		/** One more load of a Mate's symbol from a site today; one row per day, counted in place. */
		async record(userId: string, symbol: SymbolName, origin: string, day: string) {
			await db
				.insert(symbolLoad)
				.values({ userId, symbol, origin, day, loads: 1 })
				.onConflictDoUpdate({
					target: [symbolLoad.userId, symbolLoad.symbol, symbolLoad.origin, symbolLoad.day],
					set: { loads: sql`${symbolLoad.loads} + 1` }
				});
		},

		/** The sites that showed a Mate's symbols since `sinceDay`, most loads first. */
		async sitesOf(userId: string, sinceDay: string): Promise<SymbolSite[]> {
			const loads = sql<number>`sum(${symbolLoad.loads})::int`;
			return db
				.select({ origin: symbolLoad.origin, loads, lastSeen: sql<string>`max(${symbolLoad.day})::text` })
				.from(symbolLoad)
				.where(and(eq(symbolLoad.userId, userId), gte(symbolLoad.day, sinceDay)))
				.groupBy(symbolLoad.origin)
				.orderBy(desc(loads), symbolLoad.origin);
		}
	};
}
