import { eq, or } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { Storage } from '../core/storage.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { application, mateProfile, membership } from './schema.ts';

/**
 * What the Mates programme holds about a person, for their data export and account deletion:
 * applications (matched by account or address), memberships and the public profile with its portrait.
 */
export const matesPersonalData = (storage: Storage): PersonalDataSource => ({
	name: 'globalMates',
	async export(db: Executor, person) {
		const [applications, memberships, profile] = await Promise.all([
			db
				.select()
				.from(application)
				.where(or(eq(application.userId, person.id), eq(application.email, person.email))),
			db.select().from(membership).where(eq(membership.userId, person.id)),
			db.select().from(mateProfile).where(eq(mateProfile.userId, person.id))
		]);
		return {
			applications: applications.map(({ statusTokenHash: _secret, scoredBy: _s, decidedBy: _d, ...a }) => a),
			memberships,
			profile: profile[0] ?? null
		};
	},
	async erase(db: Executor, person) {
		// Memberships and the profile go with the account (cascade); applications also carry the address.
		await db
			.delete(application)
			.where(or(eq(application.userId, person.id), eq(application.email, person.email)));
		const [profile] = await db
			.select({ photoKey: mateProfile.photoKey })
			.from(mateProfile)
			.where(eq(mateProfile.userId, person.id));
		const portrait = profile?.photoKey;
		if (portrait) return () => storage.remove(portrait);
	}
});
