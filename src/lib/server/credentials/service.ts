import { and, desc, eq } from 'drizzle-orm';
import type { ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import {
	buildCredential,
	credentialUrls,
	issuerProfile,
	obContexts,
	signCredential,
	type MateFacts
} from './issue.ts';
import { createKeyring } from './keys.ts';
import { credentialIdInput, verifyJwtInput } from './schemas.ts';
import { credential } from './schema.ts';
import { verifyCompactJwt, type Verification } from './verify.ts';
import { parseInput } from '../core/validation.ts';

export interface CredentialsDeps {
	db: Database;
	clock: Clock;
	origin: string;
	cityName: string;
	/** `CREDENTIALS_KEY`, which seals the signing keys. */
	secret: string;
	/** What the mates module knows of a Mate's membership in a cohort (null when there is none). */
	mateOf: (userId: string, cohortId: string) => Promise<MateFacts | null>;
}

/** The pg-boss queue that issues a credential after an admission commits. */
export const issueQueue = 'credentials.issue';

/** One issued credential as the Mate's dashboard lists it. */
export interface IssuedCredential {
	id: string;
	name: string;
	validFrom: Date;
	validUntil: Date;
	issuedAt: Date;
	revokedAt: Date | null;
}

/**
 * Mate credentials: Open Badges 3.0 OpenBadgeCredentials the city signs (VC-JWT, Ed25519) when a Mate
 * joins a cohort, the issuer profile and keys that make them checkable by anyone, and verification.
 */
export function createCredentialsService(deps: CredentialsDeps) {
	const { db } = deps;
	const keyring = createKeyring({ db, clock: deps.clock, secret: deps.secret });
	const info = { origin: deps.origin, cityName: deps.cityName };
	const urls = credentialUrls(deps.origin);

	const verifyDeps = {
		keyring,
		issuerId: urls.issuer,
		now: () => deps.clock.now(),
		recordOf: async (id: string) => {
			const [row] = await db
				.select({ issuedAt: credential.issuedAt, revokedAt: credential.revokedAt })
				.from(credential)
				.where(eq(credential.id, id));
			return row ?? null;
		}
	};

	const row = async (id: string) => {
		const parsed = credentialIdInput.safeParse(id);
		if (!parsed.success) return null;
		const [found] = await db.select().from(credential).where(eq(credential.id, parsed.data));
		return found ?? null;
	};

	const service = {
		keyring,

		/** Makes the first signing key on a fresh installation, so the JWK Set is never empty. */
		ensureSigningKey: () => keyring.ensureKey(),

		/**
		 * Issues the credential for a Mate's membership in a cohort, once: a second call (a retried job,
		 * a re-run import) returns the one already issued.
		 */
		async issueFor(userId: string, cohortId: string): Promise<string | null> {
			const [existing] = await db
				.select({ id: credential.id })
				.from(credential)
				.where(and(eq(credential.userId, userId), eq(credential.cohortId, cohortId)));
			if (existing) return existing.id;
			const mate = await deps.mateOf(userId, cohortId);
			if (!mate) return null;
			const id = newId();
			const vc = buildCredential(id, mate, info);
			const key = await keyring.activeKey();
			const issuedAt = deps.clock.now();
			const jwt = await signCredential(vc, key, issuedAt);
			const [inserted] = await db
				.insert(credential)
				.values({
					id,
					userId,
					cohortId,
					kid: key.kid,
					jwt,
					document: vc,
					validFrom: new Date(vc.validFrom),
					validUntil: new Date(vc.validUntil),
					issuedAt
				})
				.onConflictDoNothing()
				.returning({ id: credential.id });
			return inserted?.id ?? (await service.issueFor(userId, cohortId));
		},

		/** The signed-in Mate's credentials, newest term first, for their dashboard. */
		async credentialsOf(userId: string): Promise<IssuedCredential[]> {
			const rows = await db
				.select()
				.from(credential)
				.where(eq(credential.userId, userId))
				.orderBy(desc(credential.validFrom));
			return rows.map((r) => ({
				id: r.id,
				name: String(r.document.name ?? ''),
				validFrom: r.validFrom,
				validUntil: r.validUntil,
				issuedAt: r.issuedAt,
				revokedAt: r.revokedAt
			}));
		},

		/** One credential for its holder's download; not_found for anyone else's, so ids reveal nothing. */
		async downloadFor(userId: string, id: string) {
			const found = await row(id);
			if (!found || found.userId !== userId) throw new AppError('not_found', 'No such credential');
			return { id: found.id, jwt: found.jwt, document: found.document };
		},

		/** The newest credential of a Mate whose term has not ended, for the "Verify" link on their page. */
		async currentCredentialOf(userId: string): Promise<string | null> {
			const now = deps.clock.now();
			const rows = await service.credentialsOf(userId);
			return rows.find((r) => !r.revokedAt && r.validUntil >= now)?.id ?? null;
		},

		/** The Mate's running credential with its signed JWT, which their symbol downloads carry. */
		async currentSignedCredentialOf(userId: string): Promise<{ id: string; jwt: string } | null> {
			const id = await service.currentCredentialOf(userId);
			return id ? service.downloadFor(userId, id) : null;
		},

		/** Verifies a pasted compact JWT for real: key, signature, claims, then status. */
		async verifyJwt(input: unknown): Promise<Verification> {
			const { jwt } = parseInput(verifyJwtInput, input);
			return verifyCompactJwt(verifyDeps, jwt);
		},

		/** Verifies the credential the city issued under this id (its stored JWT, checked as any other). */
		async verifyById(id: string): Promise<Verification> {
			const found = await row(id);
			if (!found) return { status: 'not_found' };
			return verifyCompactJwt(verifyDeps, found.jwt);
		},

		/** The issuer's Open Badges profile with its public keys, published at a stable address. */
		async issuer() {
			return {
				'@context': [...obContexts],
				...issuerProfile(info),
				jwks_uri: urls.jwks,
				publicKeys: await keyring.publicKeys()
			};
		},

		/** The JWK Set every credential's `kid` resolves in. */
		async jwks() {
			return { keys: await keyring.publicKeys() };
		},

		/** An administrator rotates the signing key (audited); earlier credentials keep verifying. */
		rotateKey: (ctx: ActionContext) => keyring.rotate(ctx)
	};
	return service;
}

export type CredentialsService = ReturnType<typeof createCredentialsService>;
