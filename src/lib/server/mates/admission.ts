import { eq } from 'drizzle-orm';
import { passwordSetupToken, type Auth } from '../accounts/auth.ts';
import { accountEmail } from '../accounts/emails.ts';
import { user } from '../accounts/schema.ts';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Executor, Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { hashSecret, newSecret } from '../core/ids.ts';
import type { Jobs } from '../core/jobs.ts';
import { slugify, uniqueSlug } from '../core/slug.ts';
import { parseInput } from '../core/validation.ts';
import { createVerifiedUser, grantRole, removeRole } from '../staff/service.ts';
import { decisionInput, type Decision } from './application-schemas.ts';
import { application, cohort, mateProfile, membership, type ApplicationStatus } from './schema.ts';
import { mateListTag, mateTag } from './page-tags.ts';
import type { PageInvalidation } from '../core/page-cache.ts';

export interface AdmissionDeps {
	db: Database;
	clock: Clock;
	jobs: Jobs;
	auth: Auth;
	origin: string;
	/** A new Mate shows in the directory at once. */
	pages: PageInvalidation;
	/**
	 * Told after an approval commits (the app wires it to issuing the Mate's credential), so other
	 * modules react to admissions without this one knowing them.
	 */
	onAdmitted?: (admitted: { userId: string; cohortId: string }) => Promise<void>;
}

/** How long the welcome email's choose-your-password link works. */
export const welcomeLinkDays = 14;

/** Which decisions each status allows: confirmed applications are open until approved or rejected. */
const allowed: Record<ApplicationStatus, readonly Decision[]> = {
	unconfirmed: [],
	submitted: ['approve', 'waitlist', 'reject'],
	waitlisted: ['approve', 'reject'],
	approved: [],
	rejected: []
};

const outcome = { approve: 'approved', waitlist: 'waitlisted', reject: 'rejected' } as const;

type ApplicationRow = typeof application.$inferSelect;

/**
 * Deciding on applications. Approval makes the person a Mate of the cohort: their account (created
 * when they have none), the Mate role, the membership and a profile started from the application,
 * all in one transaction, then a welcome email. Waitlisting and rejection send a kind email.
 */
export function createAdmissionService(deps: AdmissionDeps) {
	const { db } = deps;

	/** A profile with a readable, unique address (`/mates/maria-garcia`), started from the application. */
	const startProfile = async (tx: Executor, userId: string, a: ApplicationRow) => {
		const [has] = await tx
			.select({ id: mateProfile.userId })
			.from(mateProfile)
			.where(eq(mateProfile.userId, userId));
		if (has) return;
		const slug = await uniqueSlug(slugify(a.nameLatin, 'mate'), async (s) => {
			const [taken] = await tx
				.select({ s: mateProfile.slug })
				.from(mateProfile)
				.where(eq(mateProfile.slug, s));
			return !!taken;
		});
		await tx.insert(mateProfile).values({
			userId,
			slug,
			displayName: a.nameLatin,
			nameNative: a.nameNative,
			nameLatin: a.nameLatin,
			country: a.country,
			city: a.city,
			languages: a.languages,
			links: a.links
		});
	};

	/** The account the Mate signs in with: theirs when the address is known, a new one otherwise. */
	const accountFor = async (a: ApplicationRow) => {
		const [known] = await db.select({ id: user.id }).from(user).where(eq(user.email, a.email));
		if (known) return { userId: known.id, created: false };
		const created = await createVerifiedUser(deps.auth, {
			email: a.email,
			name: a.nameLatin,
			password: newSecret(),
			locale: a.locale
		});
		return { userId: created.id, created: true };
	};

	const decisionEmail = async (
		a: ApplicationRow,
		year: number,
		decision: Decision,
		statusToken: string,
		account?: { userId: string; created: boolean }
	) => {
		const to = { email: a.email, name: a.nameLatin, locale: a.locale };
		const params = { year: String(year), days: String(welcomeLinkDays) };
		let message;
		if (decision !== 'approve') {
			const kind = decision === 'waitlist' ? 'applicationWaitlisted' : 'applicationRejected';
			message = accountEmail(kind, to, `${deps.origin}/apply/status/${statusToken}`, params);
		} else if (account?.created) {
			const expires = new Date(deps.clock.now().getTime() + welcomeLinkDays * 86_400_000);
			const token = await passwordSetupToken(deps.auth, account.userId, expires);
			message = accountEmail('mateWelcomeNew', to, `${deps.origin}/reset-password?token=${token}`, params);
		} else {
			message = accountEmail('mateWelcome', to, `${deps.origin}/sign-in`, params);
		}
		await deps.jobs.send('mail.send', message);
	};

	return {
		/** Approve, waitlist or reject one application, with the email that goes with it. */
		async decide(ctx: ActionContext, id: string, input: unknown) {
			const { decision } = parseInput(decisionInput, input);
			const [found] = await db
				.select({ application, year: cohort.year })
				.from(application)
				.innerJoin(cohort, eq(cohort.id, application.cohortId))
				.where(eq(application.id, id));
			if (!found) throw new AppError('not_found', 'No such application');
			const a = found.application;
			if (!allowed[a.status].includes(decision))
				throw new AppError('already_decided', 'This decision is not open', { params: { status: a.status } });
			const account = decision === 'approve' ? await accountFor(a) : undefined;
			const statusToken = newSecret();
			await db.transaction(async (tx) => {
				const [locked] = await tx
					.select({ status: application.status })
					.from(application)
					.where(eq(application.id, id))
					.for('update');
				if (!allowed[locked.status].includes(decision))
					throw new AppError('already_decided', 'Decided meanwhile', { params: { status: locked.status } });
				if (account) {
					await grantRole(tx, account.userId, 'mate', ctx.actorId);
					await removeRole(tx, account.userId, 'applicant');
					await tx
						.insert(membership)
						.values({ userId: account.userId, cohortId: a.cohortId, applicationId: id })
						.onConflictDoNothing();
					await startProfile(tx, account.userId, a);
				}
				await tx
					.update(application)
					.set({
						status: outcome[decision],
						decidedBy: ctx.actorId,
						decidedAt: deps.clock.now(),
						statusTokenHash: hashSecret(statusToken),
						...(account ? { userId: account.userId } : {})
					})
					.where(eq(application.id, id));
				await recordAudit(tx, ctx, {
					action: `application.${decision}`,
					targetType: 'application',
					targetId: id,
					details: { email: a.email, cohort: found.year }
				});
			});
			if (account) {
				deps.pages.invalidate([mateTag(account.userId), mateListTag]);
				await deps.onAdmitted?.({ userId: account.userId, cohortId: a.cohortId });
			}
			await decisionEmail(a, found.year, decision, statusToken, account);
			return outcome[decision];
		}
	};
}

export type AdmissionService = ReturnType<typeof createAdmissionService>;
