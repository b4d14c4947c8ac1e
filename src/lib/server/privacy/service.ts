import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Auth } from '../accounts/auth.ts';
import { account, session, user } from '../accounts/schema.ts';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import { auditEvent } from '../audit/schema.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { getSetting } from '../settings/service.ts';
import { roleGrant } from '../staff/schema.ts';
import { apiToken } from '../api/schema.ts';
import { deleteAccountInput } from '../accounts/schemas.ts';
import { defaultNotice } from './default-notice.ts';
import { privacyNotice } from './schema.ts';
import type { PersonalDataSource } from './personal-data.ts';
import type { PageInvalidation } from '../core/page-cache.ts';
import type { Storage } from '../core/storage.ts';

export interface PrivacyDeps {
	db: Database;
	auth: Auth;
	clock: Clock;
	/** Other modules' data about a person (applications, profiles…), exported and erased with the account. */
	personalData?: PersonalDataSource[];
	/** A deleted account's profile and stories leave the public pages at once. */
	pages?: PageInvalidation;
	/** Where the files other modules erase live (their `erase` names the folders). */
	storage?: Pick<Storage, 'removeFolder'>;
}

const publishInput = z.object({
	bodyEn: z.string().trim().min(20).max(50_000),
	bodyKo: z.string().trim().min(20).max(50_000)
});

/** The versioned privacy notice, a person's data export, and account deletion. */
export function createPrivacyService(deps: PrivacyDeps) {
	const { db } = deps;
	const sources = deps.personalData ?? [];
	return {
		/** Publishes version 1 on a new installation so sign-up always has a notice to accept. */
		async ensureNotice() {
			const [latest] = await db
				.select({ v: privacyNotice.version })
				.from(privacyNotice)
				.orderBy(desc(privacyNotice.version))
				.limit(1);
			if (!latest)
				await db
					.insert(privacyNotice)
					.values({ version: 1, bodyEn: defaultNotice.en, bodyKo: defaultNotice.ko })
					.onConflictDoNothing();
		},

		async currentNotice() {
			const [latest] = await db.select().from(privacyNotice).orderBy(desc(privacyNotice.version)).limit(1);
			if (!latest) throw new AppError('not_found', 'No privacy notice published');
			return latest;
		},

		/** Publishes a new version; everyone is asked to accept it at their next visit. */
		async publishNotice(ctx: ActionContext, input: unknown) {
			const data = parseInput(publishInput, input);
			return db.transaction(async (tx) => {
				const [latest] = await tx
					.select({ v: privacyNotice.version })
					.from(privacyNotice)
					.orderBy(desc(privacyNotice.version))
					.limit(1);
				const version = (latest?.v ?? 0) + 1;
				await tx.insert(privacyNotice).values({ version, ...data, publishedBy: ctx.actorId });
				await recordAudit(tx, ctx, {
					action: 'privacy.notice.publish',
					targetType: 'privacy_notice',
					targetId: String(version)
				});
				return version;
			});
		},

		/** Records that a person accepted the given (current) version. */
		async accept(userId: string, version: number) {
			const current = await this.currentNotice();
			if (version !== current.version) throw new AppError('conflict', 'A newer notice was published');
			await db
				.update(user)
				.set({ privacyVersion: version, privacyAcceptedAt: deps.clock.now() })
				.where(eq(user.id, userId));
		},

		/** When the account was made and which notice version it accepted (the account page shows this). */
		async status(userId: string) {
			const [row] = await db
				.select({
					createdAt: user.createdAt,
					version: user.privacyVersion,
					acceptedAt: user.privacyAcceptedAt
				})
				.from(user)
				.where(eq(user.id, userId));
			if (!row) throw new AppError('not_found', 'No such account');
			return row;
		},

		/** Everything held about a person's account, as one JSON document (no password hashes or secrets). */
		async exportData(userId: string) {
			const [u] = await db.select().from(user).where(eq(user.id, userId));
			if (!u) throw new AppError('not_found', 'No such account');
			const [sessions, roles, tokens, actions] = await Promise.all([
				db
					.select({
						createdAt: session.createdAt,
						expiresAt: session.expiresAt,
						ipAddress: session.ipAddress,
						userAgent: session.userAgent
					})
					.from(session)
					.where(eq(session.userId, userId)),
				db
					.select({
						role: roleGrant.role,
						departmentId: roleGrant.departmentId,
						grantedAt: roleGrant.grantedAt
					})
					.from(roleGrant)
					.where(eq(roleGrant.userId, userId)),
				db
					.select({
						name: apiToken.name,
						prefix: apiToken.prefix,
						scopes: apiToken.scopes,
						createdAt: apiToken.createdAt,
						revokedAt: apiToken.revokedAt
					})
					.from(apiToken)
					.where(eq(apiToken.userId, userId)),
				db
					.select({
						action: auditEvent.action,
						targetType: auditEvent.targetType,
						targetId: auditEvent.targetId,
						ipAddress: auditEvent.ipAddress,
						createdAt: auditEvent.createdAt
					})
					.from(auditEvent)
					.where(eq(auditEvent.actorId, userId))
					.orderBy(desc(auditEvent.id))
					.limit(10_000)
			]);
			const person = { id: u.id, email: u.email };
			const modules = Object.fromEntries(
				await Promise.all(sources.map(async (src) => [src.name, await src.export(db, person)] as const))
			);
			return {
				exportedAt: deps.clock.now().toISOString(),
				format: 'sotong-account-export/1',
				account: {
					id: u.id,
					name: u.name,
					email: u.email,
					emailVerified: u.emailVerified,
					locale: u.locale,
					createdAt: u.createdAt,
					twoFactorEnabled: u.twoFactorEnabled,
					privacyNotice: { version: u.privacyVersion, acceptedAt: u.privacyAcceptedAt }
				},
				roles,
				sessions,
				apiTokens: tokens,
				actions,
				...modules
			};
		},

		/** What happens to published content on deletion, shown to the person before they confirm. */
		contentOnDeletion: () => getSetting(db, 'privacy.contentOnDeletion'),

		/** Deletes the account after checking the password; sessions, roles and tokens go with it. */
		async deleteAccount(ctx: ActionContext & { actorId: string }, input: unknown) {
			const { password } = parseInput(deleteAccountInput, input);
			const [cred] = await db
				.select({ hash: account.password })
				.from(account)
				.where(eq(account.userId, ctx.actorId));
			const authCtx = await deps.auth.$context;
			if (!cred?.hash || !(await authCtx.password.verify({ hash: cred.hash, password })))
				throw new AppError('invalid_credentials', 'Wrong password', {
					fields: { password: { key: 'errors.invalid_credentials' } }
				});
			const policy = await this.contentOnDeletion();
			const folders: string[] = [];
			await db.transaction(async (tx) => {
				await recordAudit(
					tx,
					{ ...ctx, actorEmail: null },
					{
						action: 'account.delete',
						targetType: 'user',
						targetId: ctx.actorId,
						details: { contentPolicy: policy }
					}
				);
				const [person] = await tx
					.select({ id: user.id, email: user.email })
					.from(user)
					.where(eq(user.id, ctx.actorId));
				if (person)
					for (const src of sources) folders.push(...((await src.erase(tx, person))?.folders ?? []));
				await tx.delete(user).where(eq(user.id, ctx.actorId));
			});
			for (const folder of folders) await deps.storage?.removeFolder(folder);
			deps.pages?.clear();
		}
	};
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
