import { and, arrayContains, asc, count, desc, eq, gt, lte, sql, type SQL } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import { accountEmail } from '../accounts/emails.ts';
import type { Throttle } from '../accounts/throttle.ts';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { hashSecret, newId, newSecret } from '../core/ids.ts';
import type { Jobs } from '../core/jobs.ts';
import type { RequestInfo } from '../core/request.ts';
import type { Storage } from '../core/storage.ts';
import { fieldErrorsFrom, parseInput } from '../core/validation.ts';
import { mediaLimits } from '../media/limits.ts';
import { grantRole } from '../staff/service.ts';
import { applyInput, noteInput, queueFilter, sampleUploads, scoreInput } from './application-schemas.ts';
import { prepareSamples, recordSamples, sampleFolder, samplesOf, writeSamples } from './samples.ts';
import { application, applicationNote, cohort, type ApplicationStatus } from './schema.ts';

export interface ApplicationsDeps {
	db: Database;
	clock: Clock;
	jobs: Jobs;
	/** Sample files sent with applications. */
	storage: Storage;
	throttle: Pick<Throttle, 'beforeApplication'>;
	origin: string;
	currentPrivacyVersion(): Promise<number>;
}

/** Someone signed in who applies: their verified address needs no emailed confirmation. */
export interface Applicant {
	userId: string;
	email: string;
	emailVerified: boolean;
}

const pageSize = 25;

/**
 * Applying to the open cohort and reviewing applications: the public form, the emailed status link,
 * and the managers' queue with filters, rubric scores and notes. Decisions live in admission.ts.
 */
export function createApplicationsService(deps: ApplicationsDeps) {
	const { db } = deps;
	const statusLink = (token: string) => `${deps.origin}/apply/status/${token}`;
	const mail = (
		kind: string,
		to: { email: string; name: string; locale: string },
		token: string,
		year: number
	) => deps.jobs.send('mail.send', accountEmail(kind, to, statusLink(token), { year: String(year) }));

	/** The cohort taking applications right now, if any (the earliest to close when two overlap). */
	const cohortTakingApplications = async () => {
		const now = deps.clock.now();
		const [open] = await db
			.select()
			.from(cohort)
			.where(and(lte(cohort.applicationsOpen, now), gt(cohort.applicationsClose, now)))
			.orderBy(asc(cohort.applicationsClose))
			.limit(1);
		return open ?? null;
	};

	return {
		cohortTakingApplications,

		/** The next cohort to open for applications, so the closed form can say when to come back. */
		async nextCohortOpening() {
			const [next] = await db
				.select({ year: cohort.year, applicationsOpen: cohort.applicationsOpen })
				.from(cohort)
				.where(gt(cohort.applicationsOpen, deps.clock.now()))
				.orderBy(asc(cohort.applicationsOpen))
				.limit(1);
			return next ?? null;
		},

		/**
		 * Stores an application and emails its private status link. The answer is the same whether or
		 * not the address already applied (that person gets a fresh link instead), so nobody can probe
		 * who applied. A signed-in person with a verified address skips the confirmation step. Sample
		 * files (`files`, one per sample place) are checked with the answers, so every problem is
		 * reported at once and a refused form stores nothing; they are written before the application
		 * and removed again if it cannot be stored.
		 */
		async apply(input: unknown, req: RequestInfo, signedIn: Applicant | null = null, files: unknown = []) {
			const trusted = signedIn?.emailVerified ? signedIn : null;
			const uploads = parseInput(sampleUploads, files);
			const answers = applyInput.safeParse({
				...(input as object),
				...(trusted ? { email: trusted.email } : {}),
				fileSlots: uploads.map((u) => u.slot)
			});
			const { maxImageBytes } = await mediaLimits(db);
			const checked = await prepareSamples(uploads, maxImageBytes);
			const fields = { ...(answers.success ? {} : fieldErrorsFrom(answers.error)), ...checked.fields };
			if (!answers.success || Object.keys(fields).length > 0)
				throw new AppError('validation_failed', 'Invalid input', { fields });
			const data = answers.data;
			await deps.throttle.beforeApplication(req.ipAddress);
			const open = await cohortTakingApplications();
			if (!open) throw new AppError('applications_closed', 'No cohort is taking applications');
			const token = newSecret();
			const [existing] = await db
				.select({ id: application.id, name: application.nameLatin, locale: application.locale })
				.from(application)
				.where(and(eq(application.cohortId, open.id), eq(application.email, data.email)));
			if (existing) {
				await db
					.update(application)
					.set({ statusTokenHash: hashSecret(token) })
					.where(eq(application.id, existing.id));
				await mail(
					'applicationExists',
					{ email: data.email, name: existing.name, locale: existing.locale },
					token,
					open.year
				);
				return { email: data.email, statusToken: token };
			}
			const now = deps.clock.now();
			const privacyVersion = await deps.currentPrivacyVersion();
			const id = newId();
			try {
				await writeSamples(deps.storage, id, checked.prepared);
				await db.transaction(async (tx) => {
					await tx.insert(application).values({
						id,
						cohortId: open.id,
						...data,
						locale: req.locale,
						privacyVersion,
						status: trusted ? 'submitted' : 'unconfirmed',
						statusTokenHash: hashSecret(token),
						userId: signedIn?.userId ?? null,
						submittedAt: now,
						confirmedAt: trusted ? now : null
					});
					await recordSamples(tx, id, checked.prepared);
					if (signedIn) await grantRole(tx, signedIn.userId, 'applicant', null);
				});
			} catch (err) {
				await deps.storage.removeFolder(sampleFolder(id));
				throw err;
			}
			const kind = trusted ? 'applicationSubmitted' : 'applicationConfirm';
			await mail(kind, { email: data.email, name: data.nameLatin, locale: req.locale }, token, open.year);
			// The token is the applicant's secret: routes must not echo it (it travels only by email).
			return { email: data.email, statusToken: token };
		},

		/**
		 * What the emailed link shows the applicant. Opening it the first time confirms the address and
		 * puts the application in the review queue.
		 */
		async statusByToken(token: string) {
			if (!token || token.length > 100) return null;
			const [found] = await db
				.select({ application, year: cohort.year, termStart: cohort.termStart })
				.from(application)
				.innerJoin(cohort, eq(cohort.id, application.cohortId))
				.where(eq(application.statusTokenHash, hashSecret(token)));
			if (!found) return null;
			if (found.application.status === 'unconfirmed') {
				const confirmedAt = deps.clock.now();
				await db
					.update(application)
					.set({ status: 'submitted', confirmedAt })
					.where(and(eq(application.id, found.application.id), eq(application.status, 'unconfirmed')));
				found.application = { ...found.application, status: 'submitted', confirmedAt };
			}
			const files = await samplesOf(db, found.application.id);
			return { ...found.application, year: found.year, termStart: found.termStart, files };
		},

		/** The applications a signed-in person made, newest first, for their account page. */
		async applicationsOf(userId: string) {
			return db
				.select({ id: application.id, year: cohort.year, status: application.status })
				.from(application)
				.innerJoin(cohort, eq(cohort.id, application.cohortId))
				.where(eq(application.userId, userId))
				.orderBy(desc(cohort.year));
		},

		/** The managers' queue: filtered by cohort, status, country and language, newest or best first. */
		async reviewQueue(query: Record<string, unknown>) {
			const f = queueFilter.parse(query);
			const where: SQL[] = [];
			if (f.cohort) where.push(eq(cohort.year, Number(f.cohort) || 0));
			if (f.status === 'open') where.push(sql`${application.status} in ('submitted', 'waitlisted')`);
			else if (f.status !== 'all') where.push(eq(application.status, f.status as ApplicationStatus));
			if (f.country) where.push(eq(application.country, f.country));
			if (f.language) where.push(arrayContains(application.languages, [f.language]));
			const condition = and(...where);
			const [{ total }] = await db
				.select({ total: count() })
				.from(application)
				.innerJoin(cohort, eq(cohort.id, application.cohortId))
				.where(condition);
			const order =
				f.sort === 'score'
					? [sql`${application.scoreTotal} desc nulls last`, asc(application.submittedAt)]
					: [desc(application.submittedAt)];
			const rows = await db
				.select({
					id: application.id,
					year: cohort.year,
					nameNative: application.nameNative,
					nameLatin: application.nameLatin,
					country: application.country,
					city: application.city,
					languages: application.languages,
					status: application.status,
					scoreTotal: application.scoreTotal,
					submittedAt: application.submittedAt
				})
				.from(application)
				.innerJoin(cohort, eq(cohort.id, application.cohortId))
				.where(condition)
				.orderBy(...order)
				.limit(pageSize)
				.offset((f.page - 1) * pageSize);
			return { filter: f, rows, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
		},

		/** One application with its notes, for the review page. */
		async reviewDetail(id: string) {
			const [found] = await db
				.select({ application, year: cohort.year })
				.from(application)
				.innerJoin(cohort, eq(cohort.id, application.cohortId))
				.where(eq(application.id, id));
			if (!found) throw new AppError('not_found', 'No such application');
			const notes = await db
				.select({
					id: applicationNote.id,
					body: applicationNote.body,
					createdAt: applicationNote.createdAt,
					author: user.name
				})
				.from(applicationNote)
				.leftJoin(user, eq(user.id, applicationNote.authorId))
				.where(eq(applicationNote.applicationId, id))
				.orderBy(asc(applicationNote.createdAt));
			return { ...found.application, year: found.year, notes, files: await samplesOf(db, id) };
		},

		/** Scores an application on the rubric (motivation, sample work, reach), 1–5 each. */
		async score(ctx: ActionContext, id: string, input: unknown) {
			const score = parseInput(scoreInput, input);
			const total = score.motivation + score.samples + score.reach;
			await db.transaction(async (tx) => {
				const [updated] = await tx
					.update(application)
					.set({ score, scoreTotal: total, scoredBy: ctx.actorId })
					.where(eq(application.id, id))
					.returning({ id: application.id });
				if (!updated) throw new AppError('not_found', 'No such application');
				await recordAudit(tx, ctx, {
					action: 'application.score',
					targetType: 'application',
					targetId: id,
					details: { ...score, total }
				});
			});
			return total;
		},

		/** Adds a reviewer's note to the application's thread. */
		async addNote(ctx: ActionContext, id: string, input: unknown) {
			const { body } = parseInput(noteInput, input);
			const [exists] = await db
				.select({ id: application.id })
				.from(application)
				.where(eq(application.id, id));
			if (!exists) throw new AppError('not_found', 'No such application');
			await db
				.insert(applicationNote)
				.values({ id: newId(), applicationId: id, authorId: ctx.actorId, body });
		}
	};
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
