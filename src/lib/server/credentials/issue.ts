import { SignJWT } from 'jose';
import { signingAlg } from './keys.ts';
import type { KeyObject } from 'node:crypto';
import type { StatusEntry } from './status-list.ts';

/** The JSON-LD contexts every Open Badges 3.0 credential starts with, in this order. */
export const obContexts = [
	'https://www.w3.org/ns/credentials/v2',
	'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
] as const;

/** The credential types of an Open Badges 3.0 badge. */
export const obTypes = ['VerifiableCredential', 'OpenBadgeCredential'] as const;

/** The JOSE `typ` of a VC-JWT (VC-JOSE-COSE). */
export const vcJwtType = 'vc+jwt';

/** What the credential says about the Mate and their cohort (from the mates module). */
export interface MateFacts {
	userId: string;
	cohortId: string;
	name: string;
	/** The names on the PDF certificate: in Latin letters and in the Mate's own script. */
	nameLatin: string;
	nameNative: string;
	/** ISO 3166-1 alpha-2. */
	country: string;
	slug: string;
	year: number;
	/** The term as calendar days in Seoul (`2026-05-01`). */
	termStart: string;
	termEnd: string;
}

/** Where the issuer lives and what it is called; the same for every credential. */
export interface IssuerInfo {
	origin: string;
	cityName: string;
}

/** The stable addresses of the city's credential documents. */
export const credentialUrls = (origin: string) => ({
	issuer: `${origin}/credentials/issuer`,
	jwks: `${origin}/.well-known/jwks.json`,
	image: `${origin}/credentials/badge.svg`,
	achievement: (year: number) => `${origin}/credentials/issuer#global-mate-${year}`,
	mate: (slug: string) => `${origin}/mates/${slug}`,
	verify: (id: string) => `${origin}/verify/${id}`
});

/** The term as instants: from the first day's start to the last day's end, Seoul time. */
export function termInstants(termStart: string, termEnd: string) {
	return {
		validFrom: new Date(`${termStart}T00:00:00+09:00`),
		validUntil: new Date(`${termEnd}T23:59:59+09:00`)
	};
}

/** The issuer's Open Badges Profile, published at its own address and embedded in each credential. */
export function issuerProfile(info: IssuerInfo) {
	const urls = credentialUrls(info.origin);
	return {
		id: urls.issuer,
		type: ['Profile'],
		name: `${info.cityName} Metropolitan Government — Global Mates`,
		url: info.origin,
		image: { id: urls.image, type: 'Image' }
	};
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The unsigned OpenBadgeCredential for one Mate's term: who (the Mate's public page), what (the
 * achievement "Global Mate, cohort <year>" with its criteria and image), when (the term) and where its
 * revocation is published (a Bitstring Status List entry).
 */
export function buildCredential(
	id: string,
	mate: Pick<MateFacts, 'name' | 'slug' | 'year' | 'termStart' | 'termEnd'>,
	info: IssuerInfo,
	status?: StatusEntry
) {
	const urls = credentialUrls(info.origin);
	const { validFrom, validUntil } = termInstants(mate.termStart, mate.termEnd);
	return {
		'@context': [...obContexts],
		id: `urn:uuid:${id}`,
		type: [...obTypes],
		name: `Global Mate, cohort ${mate.year}`,
		issuer: issuerProfile(info),
		validFrom: iso(validFrom),
		validUntil: iso(validUntil),
		credentialSubject: {
			id: urls.mate(mate.slug),
			type: ['AchievementSubject'],
			name: mate.name,
			achievement: {
				id: urls.achievement(mate.year),
				type: ['Achievement'],
				achievementType: 'Membership',
				name: `Global Mate, cohort ${mate.year}`,
				description: `A member of the ${mate.year} cohort of ${info.cityName}'s Global Mates: foreign residents and friends of the city who share it with the world in their own languages.`,
				criteria: {
					narrative: `Selected by ${info.cityName} Metropolitan Government from open applications (or a partner's recruitment) for the ${mate.year} cohort, and serving the term from ${mate.termStart} to ${mate.termEnd}: sharing the city through stories, photos and videos.`
				},
				image: { id: urls.image, type: 'Image' }
			}
		},
		...(status ? { credentialStatus: status } : {})
	};
}

export type OpenBadgeCredential = ReturnType<typeof buildCredential>;

/**
 * Signs a credential as a VC-JWT (compact JWS, EdDSA): the credential is the payload, with the
 * registered claims a JWT verifier checks (iss, sub, jti, nbf, exp, iat) mirroring it.
 */
export async function signCredential(
	vc: OpenBadgeCredential,
	key: { kid: string; privateKey: KeyObject },
	issuedAt: Date
): Promise<string> {
	return new SignJWT({ ...vc })
		.setProtectedHeader({ alg: signingAlg, kid: key.kid, typ: vcJwtType })
		.setIssuer(vc.issuer.id)
		.setSubject(vc.credentialSubject.id)
		.setJti(vc.id)
		.setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
		.setNotBefore(Math.floor(new Date(vc.validFrom).getTime() / 1000))
		.setExpirationTime(Math.floor(new Date(vc.validUntil).getTime() / 1000))
		.sign(key.privateKey);
}
