import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { siteCheck, symbolLoad } from './schema.ts';

/**
 * A Mate's loyalty record in their data export (where their symbols were shown, what the site checks
 * found), removed with their account.
 */
export const symbolsPersonalData: PersonalDataSource = {
	name: 'symbols',
	async export(db: Executor, person) {
		const shown = await db
			.select({
				symbol: symbolLoad.symbol,
				site: symbolLoad.origin,
				day: symbolLoad.day,
				loads: symbolLoad.loads
			})
			.from(symbolLoad)
			.where(eq(symbolLoad.userId, person.id))
			.orderBy(asc(symbolLoad.day));
		const checks = await db
			.select({
				url: siteCheck.url,
				result: siteCheck.result,
				detail: siteCheck.detail,
				checkedAt: siteCheck.checkedAt
			})
			.from(siteCheck)
			.where(eq(siteCheck.userId, person.id));
		return { shown, siteChecks: checks };
	},
	async erase(db: Executor, person) {
		await db.delete(symbolLoad).where(eq(symbolLoad.userId, person.id));
		await db.delete(siteCheck).where(eq(siteCheck.userId, person.id));
	}
};
