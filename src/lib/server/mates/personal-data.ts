import { eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { Storage } from '../core/storage.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { application, applicationSample, mateProfile, membership } from './schema.ts';
import { sampleFolder } from './samples.ts';

const ofPerson = (person: { id: string; email: string }) =>
	or(eq(application.userId, person.id), eq(application.email, person.email));

/**
 * What the Mates programme holds about a person, for their data export and account deletion:
 * applications (matched by account or address) with their sample files, memberships and the public
 * profile with its portrait.
 */
export const matesPersonalData = (storage: Storage): PersonalDataSource => ({
	name: 'globalMates',
	async export(db: Executor, person) {
		const [applications, memberships, profile] = await Promise.all([
			db.select().from(application).where(ofPerson(person)),
			db.select().from(membership).where(eq(membership.userId, person.id)),
			db.select().from(mateProfile).where(eq(mateProfile.userId, person.id))
		]);
		const files = applications.length
			? await db
					.select()
					.from(applicationSample)
					.where(
						inArray(
							applicationSample.applicationId,
							applications.map((a) => a.id)
						)
					)
			: [];
		return {
			applications: applications.map(({ statusTokenHash: _secret, scoredBy: _s, decidedBy: _d, ...a }) => ({
				...a,
				sampleFiles: files
					.filter((f) => f.applicationId === a.id)
					.map(({ slot, kind, name, bytes, createdAt }) => ({ slot, kind, name, bytes, createdAt }))
			})),
			memberships,
			profile: profile[0] ?? null
		};
	},
	async erase(db: Executor, person) {
		// Memberships and the profile go with the account (cascade); applications also carry the address.
		// Their sample rows go with them (cascade); the files once the deletion has committed.
		const erased = await db.delete(application).where(ofPerson(person)).returning({ id: application.id });
		const [profile] = await db
			.select({ photoKey: mateProfile.photoKey })
			.from(mateProfile)
			.where(eq(mateProfile.userId, person.id));
		const portrait = profile?.photoKey;
		return async () => {
			for (const { id } of erased) await storage.removeFolder(sampleFolder(id));
			if (portrait) await storage.remove(portrait);
		};
	}
});
