import { and, desc, eq } from 'drizzle-orm';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { parseInput } from '../core/validation.ts';
import { cohort, mateProfile, membership } from './schema.ts';
import { openCohortInput } from './schemas.ts';
import { cohortPhase } from './phase.ts';
import { createProfilesService, type ProfilesDeps } from './profiles.ts';
import { createApplicationsService, type ApplicationsDeps } from './applications.ts';
import { createAdmissionService, type AdmissionDeps } from './admission.ts';
import { createCohortImport } from './cohort-import.ts';
import { createSampleFiles } from './samples.ts';

export interface MatesDeps extends ApplicationsDeps, AdmissionDeps, ProfilesDeps {
	db: Database;
	clock: Clock;
}

export { cohortPhase, type CohortPhase } from './phase.ts';

/** The Global Mates programme: cohorts, applications and admission; profiles and stories build on them. */
export function createMatesService(deps: MatesDeps) {
	const { db } = deps;
	const admission = createAdmissionService(deps);
	return {
		...createApplicationsService(deps),
		...admission,
		...createCohortImport({ db, clock: deps.clock, admission }),
		...createProfilesService(deps),
		...createSampleFiles(deps),
		/** Every cohort, newest year first, with its phase as of now. */
		async listCohorts() {
			const rows = await db.select().from(cohort).orderBy(desc(cohort.year));
			const now = deps.clock.now();
			return rows.map((c) => ({ ...c, phase: cohortPhase(c, now) }));
		},

		/**
		 * What a credential says about a Mate's membership in a cohort: their name, page address and the
		 * term; null when they are not (or no longer) a member with a profile.
		 */
		async membershipFacts(userId: string, cohortId: string) {
			const [row] = await db
				.select({ profile: mateProfile, cohort })
				.from(membership)
				.innerJoin(cohort, eq(cohort.id, membership.cohortId))
				.innerJoin(mateProfile, eq(mateProfile.userId, membership.userId))
				.where(and(eq(membership.userId, userId), eq(membership.cohortId, cohortId)));
			if (!row) return null;
			return {
				userId,
				cohortId,
				name: row.profile.displayName,
				nameLatin: row.profile.nameLatin,
				nameNative: row.profile.nameNative,
				country: row.profile.country,
				slug: row.profile.slug,
				year: row.cohort.year,
				termStart: row.cohort.termStart,
				termEnd: row.cohort.termEnd
			};
		},

		/** A programme manager opens a year's cohort: one per year, recorded in the audit log. */
		async openCohort(ctx: ActionContext, input: unknown) {
			const data = parseInput(openCohortInput, input);
			return db.transaction(async (tx) => {
				const [taken] = await tx.select({ id: cohort.id }).from(cohort).where(eq(cohort.year, data.year));
				if (taken)
					throw new AppError('conflict', 'Cohort exists', {
						fields: { year: { key: 'errors.field.cohortYearTaken' } }
					});
				const id = newId();
				await tx.insert(cohort).values({ id, ...data, openedBy: ctx.actorId });
				await recordAudit(tx, ctx, {
					action: 'cohort.open',
					targetType: 'cohort',
					targetId: String(data.year),
					details: { sizeTarget: data.sizeTarget, languages: data.languages }
				});
				return id;
			});
		}
	};
}

export type MatesService = ReturnType<typeof createMatesService>;
