import { eq } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { credential } from './schema.ts';

/**
 * The credentials issued to a person, in their data export (with the signed JWT, so the file alone
 * proves them) and removed with their account: afterwards their verification pages say "not found".
 * Their bits in the published revocation list are set once the deletion has committed (`retire`), so
 * a copy of the credential kept elsewhere no longer passes an outside verifier's status check.
 */
export function credentialsPersonalData(
	retire: (statusIndexes: number[]) => Promise<void>
): PersonalDataSource {
	return {
		name: 'credentials',
		async export(db: Executor, person) {
			const rows = await db.select().from(credential).where(eq(credential.userId, person.id));
			return rows.map((r) => ({
				id: `urn:uuid:${r.id}`,
				name: r.document.name,
				number: r.number,
				validFrom: r.validFrom,
				validUntil: r.validUntil,
				issuedAt: r.issuedAt,
				revokedAt: r.revokedAt,
				jwt: r.jwt
			}));
		},
		async erase(db: Executor, person) {
			const removed = await db
				.delete(credential)
				.where(eq(credential.userId, person.id))
				.returning({ statusIndex: credential.statusIndex });
			const indexes = removed.flatMap((r) => (r.statusIndex === null ? [] : [r.statusIndex]));
			if (indexes.length) return () => retire(indexes);
		}
	};
}
