import { eq } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { credential } from './schema.ts';

/**
 * The credentials issued to a person, in their data export (with the signed JWT, so the file alone
 * proves them) and removed with their account: afterwards their verification pages say "not found".
 */
export const credentialsPersonalData: PersonalDataSource = {
	name: 'credentials',
	async export(db: Executor, person) {
		const rows = await db.select().from(credential).where(eq(credential.userId, person.id));
		return rows.map((r) => ({
			id: `urn:uuid:${r.id}`,
			name: r.document.name,
			validFrom: r.validFrom,
			validUntil: r.validUntil,
			issuedAt: r.issuedAt,
			revokedAt: r.revokedAt,
			jwt: r.jwt
		}));
	},
	async erase(db: Executor, person) {
		await db.delete(credential).where(eq(credential.userId, person.id));
	}
};
