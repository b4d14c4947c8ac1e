import { randomInt } from 'node:crypto';
import { and, desc, eq, gte, isNull, max } from 'drizzle-orm';
import type { ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Storage } from '../core/storage.ts';
import { extractBakedCredential, isPng, maxBadgeBytes } from './badge.ts';
import { createCredentialDocuments } from './documents.ts';
import { createFontBook, type FontBook } from './fonts.ts';
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
import { credential, statusList } from './schema.ts';
import { revocationListId, statusEntry, statusListLength, statusListUrl } from './status-list.ts';
import { verifyCompactJwt, type Verification } from './verify.ts';
import { createRevocation } from './revocation.ts';
export type { CredentialListing } from './revocation.ts';
import { parseInput } from '../core/validation.ts';

export interface CredentialsDeps {
	db: Database;
	clock: Clock;
	origin: string;
	cityName: string;
	cityNameKo: string;
	/** `CREDENTIALS_KEY`, which seals the signing keys. */
	secret: string;
	/** Where the certificate's signature image is kept. */
	storage: Storage;
	/** The fonts the PDF certificate embeds (Debian's Noto fonts by default). */
	fonts?: FontBook;
	/** What the mates module knows of a Mate's membership in a cohort (null when there is none). */
	mateOf: (userId: string, cohortId: string) => Promise<MateFacts | null>;
	/** Told after a credential of this person was revoked (their public page changes). */
	onRevoked?: (userId: string) => void;
}

/** The number printed on a certificate: the cohort year and its place in the cohort. */
export const certificateNumber = (year: number, serial: number) =>
	`GM-${year}-${String(serial).padStart(4, '0')}`;

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

/** A verified baked badge: the verification, or why the image could not be read. */
export type BadgeVerification = Verification;

/**
 * Mate credentials: Open Badges 3.0 OpenBadgeCredentials the city signs (VC-JWT, Ed25519) when a Mate
 * joins a cohort, the issuer profile and keys that make them checkable by anyone, and verification.
 */
export function createCredentialsService(deps: CredentialsDeps) {
	const { db } = deps;
	const keyring = createKeyring({ db, clock: deps.clock, secret: deps.secret });
	const info = { origin: deps.origin, cityName: deps.cityName };
	const urls = credentialUrls(deps.origin);
	const listPrefix = `${deps.origin}/credentials/status/`;
	// One font book for the app's life: the CJK collections are large, read once.
	const fonts = deps.fonts ?? createFontBook();
	const documents = createCredentialDocuments({
		db,
		storage: deps.storage,
		fonts,
		origin: deps.origin,
		cityName: deps.cityName,
		cityNameKo: deps.cityNameKo,
		issuerName: issuerProfile(info).name,
		mateOf: deps.mateOf
	});

	const revocation = createRevocation({
		db,
		clock: deps.clock,
		origin: deps.origin,
		issuerId: urls.issuer,
		keyring,
		onRevoked: deps.onRevoked
	});
	const { storedList, writeStatusList } = revocation;

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
		},
		// The city's own lists are read from its database; no other address is fetched.
		statusList: async (url: string) => {
			if (!url.startsWith(listPrefix)) return null;
			const listId = Number(url.slice(listPrefix.length));
			return Number.isInteger(listId) && listId > 0 ? storedList(listId) : null;
		}
	};

	const row = async (id: string) => {
		const parsed = credentialIdInput.safeParse(id);
		if (!parsed.success) return null;
		const [found] = await db.select().from(credential).where(eq(credential.id, parsed.data));
		return found ?? null;
	};

	/** A credential of this holder; not_found for anyone else's, so ids reveal nothing. */
	const ownRow = async (userId: string, id: string) => {
		const found = await row(id);
		if (!found || found.userId !== userId) throw new AppError('not_found', 'No such credential');
		return found;
	};

	const service = {
		keyring,

		/** Makes the first signing key on a fresh installation, so the JWK Set is never empty. */
		ensureSigningKey: () => keyring.ensureKey(),

		/** Publishes the (empty) revocation list on a fresh installation, so every entry resolves. */
		async ensureStatusList() {
			if (await storedList(revocationListId)) return;
			const key = await keyring.activeKey();
			await db.transaction(async (tx) => {
				const [taken] = await tx
					.select({ id: statusList.id })
					.from(statusList)
					.where(eq(statusList.id, revocationListId));
				if (!taken) await writeStatusList(tx, key);
			});
		},

		/** The signed status list credential published at `/credentials/status/<id>`, or null. */
		statusListJwt: (listId: number) => storedList(listId),

		/** Whether this machine has the fonts the PDF certificate needs (checked at start-up, to warn). */
		certificateFontsMissing(): string | null {
			try {
				fonts.base();
				return null;
			} catch (err) {
				return (err as Error).message;
			}
		},

		/**
		 * Issues the credential for a Mate's membership in a cohort, once: a second call (a retried job,
		 * a re-run import) returns the one already issued.
		 */
		async issueFor(userId: string, cohortId: string, attempt = 0): Promise<string | null> {
			const [existing] = await db
				.select({ id: credential.id })
				.from(credential)
				.where(and(eq(credential.userId, userId), eq(credential.cohortId, cohortId)));
			if (existing) return existing.id;
			const mate = await deps.mateOf(userId, cohortId);
			if (!mate) return null;
			if (attempt >= 20) throw new Error('Could not find a free certificate number or status index');
			const id = newId();
			// The next number in the cohort and a random free bit in the revocation list; a clash with a
			// credential issued at the same moment is caught by the unique indexes and tried again.
			const [{ last }] = await db
				.select({ last: max(credential.serial) })
				.from(credential)
				.where(eq(credential.cohortId, cohortId));
			const serial = Number(last ?? 0) + 1;
			const statusIndex = randomInt(statusListLength);
			const vc = buildCredential(id, mate, info, statusEntry(deps.origin, revocationListId, statusIndex));
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
					issuedAt,
					number: certificateNumber(mate.year, serial),
					serial,
					statusIndex
				})
				.onConflictDoNothing()
				.returning({ id: credential.id });
			return inserted?.id ?? (await service.issueFor(userId, cohortId, attempt + 1));
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
			const found = await ownRow(userId, id);
			return { id: found.id, jwt: found.jwt, document: found.document, number: found.number };
		},

		/** The holder's PDF certificate (A4 landscape, bilingual, with a QR code to the verification page). */
		async certificateFor(userId: string, id: string) {
			const found = await ownRow(userId, id);
			return { id: found.id, number: found.number, pdf: await documents.certificatePdf(found) };
		},

		/** The holder's badge image with the credential baked in (`openbadgecredential` iTXt chunk). */
		async badgeFor(userId: string, id: string) {
			const found = await ownRow(userId, id);
			return { id: found.id, png: await documents.badgePng(found) };
		},

		/** The newest credential of a Mate whose term has not ended, for the "Verify" link on their page. */
		async currentCredentialOf(userId: string): Promise<string | null> {
			return (await service.currentSignedCredentialOf(userId))?.id ?? null;
		},

		/**
		 * The Mate's running, unrevoked credential with its signed JWT (which their symbol downloads
		 * carry), in one query: the symbol image route asks it on every load.
		 */
		async currentSignedCredentialOf(userId: string): Promise<{ id: string; jwt: string } | null> {
			const [found] = await db
				.select({ id: credential.id, jwt: credential.jwt })
				.from(credential)
				.where(
					and(
						eq(credential.userId, userId),
						isNull(credential.revokedAt),
						gte(credential.validUntil, deps.clock.now())
					)
				)
				.orderBy(desc(credential.validFrom))
				.limit(1);
			return found ?? null;
		},

		/** Verifies a pasted compact JWT for real: key, signature, claims, then status. */
		async verifyJwt(input: unknown): Promise<Verification> {
			const { jwt } = parseInput(verifyJwtInput, input);
			return verifyCompactJwt(verifyDeps, jwt);
		},

		/**
		 * Verifies an uploaded baked badge: sniffed as a PNG and size-limited, its `openbadgecredential`
		 * chunk read, and the JWT in it checked for real like a pasted one.
		 */
		async verifyPng(bytes: Uint8Array): Promise<Verification> {
			const refuse = (key: string, params?: Record<string, string | number>) =>
				new AppError('validation_failed', 'Not a badge image', { fields: { badge: { key, params } } });
			if (bytes.byteLength === 0) throw refuse('errors.upload.empty');
			if (bytes.byteLength > maxBadgeBytes)
				throw refuse('errors.upload.tooLarge', { max: `${maxBadgeBytes / 1024 / 1024} MB` });
			if (!isPng(bytes)) throw refuse('errors.field.badge');
			let jwt: string | null;
			try {
				jwt = extractBakedCredential(bytes);
			} catch {
				return { status: 'invalid', reason: 'malformed' };
			}
			if (!jwt) return { status: 'invalid', reason: 'not_baked' };
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
		rotateKey: (ctx: ActionContext) => keyring.rotate(ctx),

		listIssued: revocation.listIssued,
		revoke: revocation.revoke,
		retireStatusIndexes: revocation.retireStatusIndexes,

		certificateSettings: () => documents.certificateSettings(),
		signatureImage: () => documents.signatureImage(),
		saveCertificateSettings: (ctx: ActionContext, values: unknown, signature: Uint8Array | null) =>
			documents.saveCertificateSettings(ctx, values, signature),

		/** The URL of the revocation list every new credential points at. */
		statusListUrl: statusListUrl(deps.origin, revocationListId)
	};
	return service;
}

export type CredentialsService = ReturnType<typeof createCredentialsService>;
