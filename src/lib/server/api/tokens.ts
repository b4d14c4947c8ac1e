import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Role, Viewer } from '../accounts/roles.ts';
import { user } from '../accounts/schema.ts';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { hashSecret, newId, newSecret } from '../core/ids.ts';
import { parseInput } from '../core/validation.ts';
import { apiToken } from './schema.ts';
import { createTokenInput } from './schemas.ts';

const tokenPrefix = 'stk_';

export interface TokenDeps {
	db: Database;
	clock: Clock;
	rolesOf(userId: string): Promise<{ roles: Role[]; departmentId: string | null }>;
}

/**
 * API tokens for staff integrations. The secret is shown once and only its SHA-256 is stored. A token
 * acts with the intersection of its scopes and its owner's current roles, so removing a role from the
 * person also removes it from every token they made.
 */
export function createTokenService(deps: TokenDeps) {
	const { db } = deps;
	return {
		async create(ctx: ActionContext & { actorId: string }, viewer: Viewer, input: unknown) {
			const data = parseInput(createTokenInput, input);
			const notHeld = data.scopes.filter((s) => !viewer.roles.includes(s));
			if (notHeld.length)
				throw new AppError('forbidden', 'You can only grant roles you hold', {
					fields: { scopes: { key: 'errors.field.scopeNotHeld' } }
				});
			const secret = tokenPrefix + newSecret(30);
			const id = newId();
			const now = deps.clock.now();
			await db.transaction(async (tx) => {
				await tx.insert(apiToken).values({
					id,
					userId: ctx.actorId,
					name: data.name,
					prefix: secret.slice(0, 10),
					tokenHash: hashSecret(secret),
					scopes: data.scopes,
					expiresAt: data.expiresInDays ? new Date(now.getTime() + data.expiresInDays * 86_400_000) : null
				});
				await recordAudit(tx, ctx, {
					action: 'api_token.create',
					targetType: 'api_token',
					targetId: id,
					details: { name: data.name, scopes: data.scopes }
				});
			});
			return { id, secret };
		},

		list: (userId: string) =>
			db
				.select({
					id: apiToken.id,
					name: apiToken.name,
					prefix: apiToken.prefix,
					scopes: apiToken.scopes,
					createdAt: apiToken.createdAt,
					expiresAt: apiToken.expiresAt,
					lastUsedAt: apiToken.lastUsedAt,
					revokedAt: apiToken.revokedAt
				})
				.from(apiToken)
				.where(eq(apiToken.userId, userId))
				.orderBy(desc(apiToken.createdAt)),

		/** Revokes one of the person's own tokens (admins may revoke anyone's). */
		async revoke(ctx: ActionContext & { actorId: string }, tokenId: string, asAdmin: boolean) {
			await db.transaction(async (tx) => {
				const where = asAdmin
					? eq(apiToken.id, tokenId)
					: and(eq(apiToken.id, tokenId), eq(apiToken.userId, ctx.actorId));
				const res = await tx
					.update(apiToken)
					.set({ revokedAt: deps.clock.now() })
					.where(and(where, isNull(apiToken.revokedAt)))
					.returning({ id: apiToken.id });
				if (res.length === 0) throw new AppError('not_found', 'No such token');
				await recordAudit(tx, ctx, {
					action: 'api_token.revoke',
					targetType: 'api_token',
					targetId: tokenId
				});
			});
		},

		/** Resolves a bearer token to the viewer it acts as, or null when unknown, revoked or expired. */
		async authenticate(bearer: string): Promise<Viewer | null> {
			if (!bearer.startsWith(tokenPrefix) || bearer.length > 200) return null;
			const [row] = await db
				.select({ token: apiToken, owner: user })
				.from(apiToken)
				.innerJoin(user, eq(user.id, apiToken.userId))
				.where(and(eq(apiToken.tokenHash, hashSecret(bearer)), isNull(apiToken.revokedAt)));
			const now = deps.clock.now();
			if (!row || row.owner.disabledAt || (row.token.expiresAt && row.token.expiresAt <= now)) return null;
			await db.update(apiToken).set({ lastUsedAt: now }).where(eq(apiToken.id, row.token.id));
			const held = await deps.rolesOf(row.owner.id);
			return {
				userId: row.owner.id,
				name: row.owner.name,
				email: row.owner.email,
				emailVerified: row.owner.emailVerified,
				roles: held.roles.filter((r) => row.token.scopes.includes(r)),
				departmentId: held.departmentId,
				twoFactorEnabled: !!row.owner.twoFactorEnabled
			};
		}
	};
}

export type TokenService = ReturnType<typeof createTokenService>;
