import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { decodeJwt } from 'jose';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database, Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import type { Keyring } from './keys.ts';
import { revokeInput } from './schemas.ts';
import { credential, statusList } from './schema.ts';
import {
	bitstring,
	decodeList,
	revocationListId,
	signStatusList,
	statusListCredential
} from './status-list.ts';
import type { IssuedCredential } from './service.ts';

/** One issued credential as the programme team's console lists it. */
export interface CredentialListing extends IssuedCredential {
	number: string;
	holder: string;
	userId: string;
	revokedReason: string | null;
}

/**
 * Revocation: the published Bitstring Status List (signed again whenever a bit is set, never cleared),
 * the programme team's list of issued credentials, and revoking one with a reason.
 */
export function createRevocation(deps: {
	db: Database;
	clock: Clock;
	origin: string;
	issuerId: string;
	keyring: Keyring;
	onRevoked?: (userId: string) => void;
}) {
	const { db, keyring } = deps;

	/** The signed status list credential of one list, as stored. */
	const storedList = async (listId: number) => {
		const [found] = await db
			.select({ jwt: statusList.jwt })
			.from(statusList)
			.where(eq(statusList.id, listId));
		return found?.jwt ?? null;
	};

	/**
	 * Signs the revocation list again (inside the caller's transaction, its row locked): the bits of the
	 * revoked credentials, the bits already published (a set bit is never cleared, even when its
	 * credential's row went with a deleted account) and any `extra` to set.
	 */
	const writeStatusList = async (
		tx: Executor,
		key: Awaited<ReturnType<typeof keyring.activeKey>>,
		extra: number[] = []
	) => {
		const revoked = await tx
			.select({ index: credential.statusIndex })
			.from(credential)
			.where(and(isNotNull(credential.revokedAt), isNotNull(credential.statusIndex)));
		const bits = bitstring([...revoked.map((r) => r.index!), ...extra]);
		const [before] = await tx
			.select({ jwt: statusList.jwt })
			.from(statusList)
			.where(eq(statusList.id, revocationListId));
		if (before) {
			const published = decodeList(
				String((decodeJwt(before.jwt).credentialSubject as { encodedList: string }).encodedList)
			);
			for (let i = 0; i < bits.length; i++) bits[i] |= published[i] ?? 0;
		}
		const now = deps.clock.now();
		const vc = statusListCredential(deps.origin, deps.issuerId, revocationListId, bits, now);
		const jwt = await signStatusList(vc, key, now);
		await tx
			.insert(statusList)
			.values({ id: revocationListId, purpose: 'revocation', jwt, updatedAt: now })
			.onConflictDoUpdate({ target: statusList.id, set: { jwt, updatedAt: now } });
	};

	return {
		storedList,
		writeStatusList,

		/** The issued credentials for the programme team, newest first, found by holder or number. */
		async listIssued(query: { q?: string } = {}): Promise<CredentialListing[]> {
			const holder = sql<string>`${credential.document}->'credentialSubject'->>'name'`;
			const q = query.q?.trim().slice(0, 100);
			const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
			const rows = await db
				.select({
					id: credential.id,
					userId: credential.userId,
					number: credential.number,
					holder,
					name: sql<string>`${credential.document}->>'name'`,
					validFrom: credential.validFrom,
					validUntil: credential.validUntil,
					issuedAt: credential.issuedAt,
					revokedAt: credential.revokedAt,
					revokedReason: credential.revokedReason
				})
				.from(credential)
				.where(like ? sql`(${holder} ILIKE ${like} OR ${credential.number} ILIKE ${like})` : undefined)
				.orderBy(desc(credential.issuedAt), desc(credential.number))
				.limit(200);
			return rows.map((r) => ({ ...r, holder: r.holder ?? '', name: r.name ?? '' }));
		},

		/**
		 * A programme manager revokes a credential with a reason (a Mate leaves early): the record says so
		 * and the published revocation list is signed again with its bit set, in one audited transaction,
		 * so every verification reports it revoked at once. A revoked credential stays revoked.
		 */
		async revoke(ctx: ActionContext, input: unknown) {
			const data = parseInput(revokeInput, input);
			const key = await keyring.activeKey();
			const now = deps.clock.now();
			const revoked = await db.transaction(async (tx) => {
				// One revocation at a time rewrites the list, so none is lost to another's rewrite.
				await tx
					.select({ id: statusList.id })
					.from(statusList)
					.where(eq(statusList.id, revocationListId))
					.for('update');
				const [done] = await tx
					.update(credential)
					.set({ revokedAt: now, revokedReason: data.reason, revokedBy: ctx.actorId })
					.where(and(eq(credential.id, data.id), isNull(credential.revokedAt)))
					.returning({
						userId: credential.userId,
						number: credential.number,
						statusIndex: credential.statusIndex
					});
				if (!done) {
					const [exists] = await tx
						.select({ id: credential.id })
						.from(credential)
						.where(eq(credential.id, data.id));
					if (!exists) throw new AppError('not_found', 'No such credential');
					throw new AppError('conflict', 'Already revoked', {
						fields: { id: { key: 'errors.field.alreadyRevoked' } }
					});
				}
				await writeStatusList(tx, key);
				await recordAudit(tx, ctx, {
					action: 'credentials.revoke',
					targetType: 'credential',
					targetId: data.id,
					details: { number: done.number, reason: data.reason, statusIndex: done.statusIndex }
				});
				return done;
			});
			deps.onRevoked?.(revoked.userId);
			return revoked;
		},

		/** Sets list bits whose credentials are gone (a deleted account), so their copies read as revoked. */
		async retireStatusIndexes(indexes: number[]) {
			if (indexes.length === 0) return;
			const key = await keyring.activeKey();
			await db.transaction(async (tx) => {
				await tx
					.select({ id: statusList.id })
					.from(statusList)
					.where(eq(statusList.id, revocationListId))
					.for('update');
				await writeStatusList(tx, key, indexes);
			});
		}
	};
}
