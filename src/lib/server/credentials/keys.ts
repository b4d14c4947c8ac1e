import {
	createCipheriv,
	createDecipheriv,
	createPrivateKey,
	createPublicKey,
	generateKeyPairSync,
	randomBytes,
	type KeyObject
} from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { ConfigError } from '../core/env.ts';
import { signingKey } from './schema.ts';

/** The signing algorithm of every credential: Ed25519 signatures, named EdDSA in JOSE. */
export const signingAlg = 'EdDSA';

/** A published public key, as it appears in the JWK Set. */
export type PublicJwk = JWK & { kid: string; alg: typeof signingAlg; use: 'sig' };

export interface KeyringDeps {
	db: Database;
	clock: Clock;
	/** `CREDENTIALS_KEY`: 32 bytes in base64 or base64url. */
	secret: string;
}

/**
 * Seals a private key with AES-256-GCM under the environment key, binding it to its kid (as
 * additional data) so a sealed key cannot be swapped onto another row unnoticed.
 */
export function sealPrivateKey(secret: string, kid: string, pkcs8: Buffer): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', keyBytes(secret), iv);
	cipher.setAAD(Buffer.from(kid));
	const body = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
	return [iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
}

/** Opens a sealed private key; throws when the environment key is not the one it was sealed with. */
export function openPrivateKey(secret: string, kid: string, sealed: string): KeyObject {
	const [iv, body, tag] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
	try {
		const decipher = createDecipheriv('aes-256-gcm', keyBytes(secret), iv);
		decipher.setAAD(Buffer.from(kid));
		decipher.setAuthTag(tag);
		const pkcs8 = Buffer.concat([decipher.update(body), decipher.final()]);
		return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
	} catch (err) {
		throw new ConfigError(
			'Configuration error: CREDENTIALS_KEY does not open the stored credential signing key (was it changed?)',
			{ cause: err }
		);
	}
}

function keyBytes(secret: string): Buffer {
	const bytes = Buffer.from(secret.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), 'base64url');
	if (bytes.length !== 32) throw new Error('CREDENTIALS_KEY must be 32 bytes');
	return bytes;
}

/**
 * The city's credential signing keys: made on first use, kept encrypted, rotated by an administrator.
 * Every key ever used stays published, so a credential signed before a rotation still verifies.
 */
export function createKeyring(deps: KeyringDeps) {
	const { db } = deps;
	let cached: { kid: string; privateKey: KeyObject } | null = null;

	/** A fresh Ed25519 pair, named by its RFC 7638 thumbprint, stored sealed. */
	const generate = async () => {
		const { publicKey, privateKey } = generateKeyPairSync('ed25519');
		const jwk = publicKey.export({ format: 'jwk' }) as JWK;
		const kid = await calculateJwkThumbprint(jwk);
		const publicJwk: PublicJwk = { ...jwk, kid, alg: signingAlg, use: 'sig' };
		const sealed = sealPrivateKey(deps.secret, kid, privateKey.export({ format: 'der', type: 'pkcs8' }));
		return { kid, publicJwk, sealed, privateKey };
	};

	const keyring = {
		/** The key new credentials are signed with; the first call on a fresh database makes one. */
		async activeKey(): Promise<{ kid: string; privateKey: KeyObject }> {
			if (cached) return cached;
			const [row] = await db.select().from(signingKey).where(eq(signingKey.active, true));
			if (row) {
				cached = { kid: row.kid, privateKey: openPrivateKey(deps.secret, row.kid, row.privateKeyEncrypted) };
				return cached;
			}
			const made = await generate();
			// The partial unique index on `active` lets only one starting process win; the others reread.
			const inserted = await db
				.insert(signingKey)
				.values({ kid: made.kid, publicJwk: made.publicJwk, privateKeyEncrypted: made.sealed, active: true })
				.onConflictDoNothing()
				.returning({ kid: signingKey.kid });
			if (inserted.length === 0) return keyring.activeKey();
			cached = { kid: made.kid, privateKey: made.privateKey };
			return cached;
		},

		/** Makes sure a signing key exists (called at start-up, so the JWK Set is never empty). */
		async ensureKey(): Promise<string> {
			return (await keyring.activeKey()).kid;
		},

		/** Every published public key, the active one first: the JWK Set at `/.well-known/jwks.json`. */
		async publicKeys(): Promise<PublicJwk[]> {
			const rows = await db
				.select({ jwk: signingKey.publicJwk })
				.from(signingKey)
				.orderBy(desc(signingKey.active), desc(signingKey.createdAt));
			return rows.map((r) => r.jwk as PublicJwk);
		},

		/** The public key a credential names in its header, or null when the city never published it. */
		async publicKey(kid: string): Promise<KeyObject | null> {
			if (!kid || kid.length > 200) return null;
			const [row] = await db
				.select({ jwk: signingKey.publicJwk })
				.from(signingKey)
				.where(eq(signingKey.kid, kid));
			return row ? createPublicKey({ key: row.jwk as never, format: 'jwk' }) : null;
		},

		/**
		 * An administrator replaces the signing key: the new key signs from now on, the old one stays
		 * published (retired) so everything it signed keeps verifying. Audited in the same transaction.
		 */
		async rotate(ctx: ActionContext): Promise<string> {
			const made = await generate();
			const now = deps.clock.now();
			await db.transaction(async (tx) => {
				const old = await tx
					.update(signingKey)
					.set({ active: false, retiredAt: now })
					.where(eq(signingKey.active, true))
					.returning({ kid: signingKey.kid });
				await tx.insert(signingKey).values({
					kid: made.kid,
					publicJwk: made.publicJwk,
					privateKeyEncrypted: made.sealed,
					active: true,
					createdAt: now
				});
				await recordAudit(tx, ctx, {
					action: 'credentials.rotate_key',
					targetType: 'signing_key',
					targetId: made.kid,
					details: { retired: old.map((o) => o.kid) }
				});
			});
			cached = { kid: made.kid, privateKey: made.privateKey };
			return made.kid;
		}
	};
	return keyring;
}

export type Keyring = ReturnType<typeof createKeyring>;
