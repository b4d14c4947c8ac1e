import { compactVerify, decodeProtectedHeader, errors as joseErrors } from 'jose';
import { z } from 'zod';
import { obContexts, obTypes, vcJwtType } from './issue.ts';
import { signingAlg, type Keyring } from './keys.ts';
import { bitAt, decodeList } from './status-list.ts';

/** What a verifier learns: the status, and for a genuine credential who, what and when. */
export type VerificationStatus = 'valid' | 'expired' | 'not_yet_valid' | 'revoked' | 'invalid' | 'not_found';

/** Why a credential is invalid, as a stable code the pages translate. */
export type InvalidReason =
	| 'malformed'
	| 'unsupported_algorithm'
	| 'unknown_key'
	| 'bad_signature'
	| 'wrong_issuer'
	| 'claims_mismatch'
	| 'not_open_badge'
	| 'unknown_credential'
	| 'status_unverifiable'
	| 'not_baked';

export interface CredentialFacts {
	id: string;
	achievement: string;
	description: string;
	subjectName: string;
	subjectUrl: string;
	issuerName: string;
	issuerUrl: string;
	validFrom: string;
	validUntil: string;
	issuedAt: string | null;
	revokedAt: string | null;
}

export interface Verification {
	status: VerificationStatus;
	reason?: InvalidReason;
	credential?: CredentialFacts;
	/** The compact JWT that was checked (only for a credential this city issued). */
	jwt?: string;
}

/** The shape an OpenBadgeCredential payload must have before anything in it is believed. */
const payloadSchema = z.object({
	'@context': z.array(z.string()),
	id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/),
	type: z.array(z.string()),
	name: z.string().optional(),
	issuer: z.object({ id: z.url(), name: z.string() }),
	validFrom: z.iso.datetime(),
	validUntil: z.iso.datetime(),
	credentialSubject: z.object({
		id: z.url(),
		name: z.string().optional(),
		achievement: z.object({ name: z.string(), description: z.string() })
	}),
	iss: z.string(),
	sub: z.string(),
	jti: z.string(),
	nbf: z.number().int(),
	exp: z.number().int(),
	iat: z.number().int().optional(),
	credentialStatus: z.unknown().optional()
});

/** A `credentialStatus` entry of the Bitstring Status List kind (other kinds are not this city's). */
const statusEntrySchema = z.object({
	type: z.literal('BitstringStatusListEntry'),
	statusPurpose: z.string(),
	statusListIndex: z.string().regex(/^\d{1,9}$/),
	statusListCredential: z.url()
});

/** What a status list credential must hold before its bits are believed. */
const statusListSchema = z.object({
	id: z.url(),
	type: z.array(z.string()),
	issuer: z.union([z.string(), z.object({ id: z.string() })]),
	credentialSubject: z.object({
		type: z.literal('BitstringStatusList'),
		statusPurpose: z.string(),
		encodedList: z.string().max(2_000_000)
	}),
	iss: z.string()
});

/** The status record the verifier compares with: issued here, maybe revoked. */
export interface IssuedRecord {
	issuedAt: Date;
	revokedAt: Date | null;
}

export interface VerifyDeps {
	keyring: Keyring;
	issuerId: string;
	now: () => Date;
	/** The city's own record of a credential id (the UUID), or null when it never issued it. */
	recordOf: (id: string) => Promise<IssuedRecord | null>;
	/**
	 * The signed status list credential (compact JWT) published at a `statusListCredential` URL, or
	 * null when it cannot be had. The city reads its own lists from its database.
	 */
	statusList: (url: string) => Promise<string | null>;
}

/**
 * Checks a credential's Bitstring Status List entries: each list is fetched, its signature verified with
 * the city's keys like any credential, and the credential's bit read. Returns whether a revocation bit
 * is set, or null when a list cannot be read or believed.
 */
export async function revokedByStatusList(deps: VerifyDeps, status: unknown): Promise<boolean | null> {
	const entries = (Array.isArray(status) ? status : [status]).filter(
		(e) => (e as { type?: unknown } | null)?.type === 'BitstringStatusListEntry'
	);
	let revoked = false;
	for (const raw of entries) {
		const entry = statusEntrySchema.safeParse(raw);
		if (!entry.success) return null;
		const { statusPurpose, statusListCredential } = entry.data;
		const index = Number(entry.data.statusListIndex);
		const jwt = await deps.statusList(statusListCredential);
		if (!jwt) return null;
		try {
			const header = decodeProtectedHeader(jwt);
			if (header.alg !== signingAlg || header.typ !== vcJwtType || typeof header.kid !== 'string')
				return null;
			const key = await deps.keyring.publicKey(header.kid);
			if (!key) return null;
			const { payload } = await compactVerify(jwt, key, { algorithms: [signingAlg] });
			const list = statusListSchema.parse(JSON.parse(new TextDecoder().decode(payload)));
			const issuer = typeof list.issuer === 'string' ? list.issuer : list.issuer.id;
			if (
				list.id !== statusListCredential ||
				!list.type.includes('BitstringStatusListCredential') ||
				issuer !== deps.issuerId ||
				list.iss !== deps.issuerId ||
				list.credentialSubject.statusPurpose !== statusPurpose
			)
				return null;
			const bits = decodeList(list.credentialSubject.encodedList);
			if (index >= bits.length * 8) return null;
			if (statusPurpose === 'revocation' && bitAt(bits, index)) revoked = true;
		} catch {
			return null;
		}
	}
	return revoked;
}

/** Pulls the credential UUID out of `urn:uuid:<id>` (or returns null). */
export const credentialUuid = (urn: string) => /^urn:uuid:([0-9a-f-]{36})$/.exec(urn)?.[1] ?? null;

/**
 * Verifies a compact VC-JWT the way an outside verifier would: the header names an EdDSA key the
 * city published, the signature holds, the JWT claims agree with the credential, it is an Open Badges
 * 3.0 credential from this issuer, and its status (revoked, expired, not yet valid) as of now.
 */
export async function verifyCompactJwt(deps: VerifyDeps, jwt: string): Promise<Verification> {
	const token = jwt.trim();
	if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token) || token.length > 20_000)
		return { status: 'invalid', reason: 'malformed' };
	let header;
	try {
		header = decodeProtectedHeader(token);
	} catch {
		return { status: 'invalid', reason: 'malformed' };
	}
	if (header.alg !== signingAlg || header.typ !== vcJwtType)
		return { status: 'invalid', reason: 'unsupported_algorithm' };
	const key = typeof header.kid === 'string' ? await deps.keyring.publicKey(header.kid) : null;
	if (!key) return { status: 'invalid', reason: 'unknown_key' };
	let raw: unknown;
	try {
		const { payload } = await compactVerify(token, key, { algorithms: [signingAlg] });
		raw = JSON.parse(new TextDecoder().decode(payload));
	} catch (err) {
		if (err instanceof joseErrors.JWSSignatureVerificationFailed)
			return { status: 'invalid', reason: 'bad_signature' };
		return { status: 'invalid', reason: 'malformed' };
	}
	const parsed = payloadSchema.safeParse(raw);
	if (!parsed.success) return { status: 'invalid', reason: 'not_open_badge' };
	const vc = parsed.data;
	if (obContexts.some((c, i) => vc['@context'][i] !== c) || !obTypes.every((t) => vc.type.includes(t)))
		return { status: 'invalid', reason: 'not_open_badge' };
	if (vc.iss !== deps.issuerId || vc.issuer.id !== deps.issuerId)
		return { status: 'invalid', reason: 'wrong_issuer' };
	const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
	if (
		vc.jti !== vc.id ||
		vc.sub !== vc.credentialSubject.id ||
		vc.nbf !== seconds(vc.validFrom) ||
		vc.exp !== seconds(vc.validUntil)
	)
		return { status: 'invalid', reason: 'claims_mismatch' };
	const record = await deps.recordOf(credentialUuid(vc.id)!);
	if (!record) return { status: 'invalid', reason: 'unknown_credential' };
	// Credentials issued before status lists have no credentialStatus: the city's record alone says.
	const listed =
		vc.credentialStatus === undefined ? false : await revokedByStatusList(deps, vc.credentialStatus);
	if (listed === null) return { status: 'invalid', reason: 'status_unverifiable' };
	const credential: CredentialFacts = {
		id: vc.id,
		achievement: vc.credentialSubject.achievement.name,
		description: vc.credentialSubject.achievement.description,
		subjectName: vc.credentialSubject.name ?? vc.credentialSubject.id,
		subjectUrl: vc.credentialSubject.id,
		issuerName: vc.issuer.name,
		issuerUrl: vc.issuer.id,
		validFrom: vc.validFrom,
		validUntil: vc.validUntil,
		issuedAt: record.issuedAt.toISOString(),
		revokedAt: record.revokedAt?.toISOString() ?? null
	};
	const now = deps.now().getTime() / 1000;
	const status: VerificationStatus =
		listed || record.revokedAt
			? 'revoked'
			: now > vc.exp
				? 'expired'
				: now < vc.nbf
					? 'not_yet_valid'
					: 'valid';
	return { status, credential, jwt: token };
}
