import { gunzipSync, gzipSync } from 'node:zlib';
import type { KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { signingAlg } from './keys.ts';
import { vcJwtType } from './issue.ts';

/**
 * W3C Bitstring Status List v1.0: each credential points at one bit of a list the city publishes as a
 * signed credential; a set bit means revoked. The list is at least 16 KB (131,072 entries) so that one
 * credential's bit says little about who is checked, and indexes are drawn at random for the same reason.
 */
export const statusListLength = 16 * 1024 * 8;

/** The one revocation list the city keeps today (a second would be needed past 131,072 credentials). */
export const revocationListId = 1;

export const statusListUrl = (origin: string, listId: number) => `${origin}/credentials/status/${listId}`;

/** The `credentialStatus` entry of a credential whose revocation bit is `index` in list `listId`. */
export function statusEntry(origin: string, listId: number, index: number) {
	const list = statusListUrl(origin, listId);
	return {
		id: `${list}#${index}`,
		type: 'BitstringStatusListEntry',
		statusPurpose: 'revocation',
		statusListIndex: String(index),
		statusListCredential: list
	};
}

export type StatusEntry = ReturnType<typeof statusEntry>;

/** A bitstring of the given indexes set; index 0 is the left-most (most significant) bit of byte 0. */
export function bitstring(setIndexes: Iterable<number>, length = statusListLength): Uint8Array {
	const bits = new Uint8Array(length / 8);
	for (const i of setIndexes) {
		if (!Number.isInteger(i) || i < 0 || i >= length) throw new RangeError(`Status index out of range: ${i}`);
		bits[i >> 3] |= 0x80 >> (i & 7);
	}
	return bits;
}

/** Whether bit `index` is set. */
export const bitAt = (bits: Uint8Array, index: number) => (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;

/** `encodedList`: the GZIP-compressed bitstring as base64url without padding, multibase-prefixed `u`. */
export const encodeList = (bits: Uint8Array) => `u${gzipSync(bits).toString('base64url')}`;

/** Decodes `encodedList` (the multibase `u` prefix is optional), refusing a list under 16 KB. */
export function decodeList(encoded: string): Uint8Array {
	const body = encoded.startsWith('u') ? encoded.slice(1) : encoded;
	if (!/^[A-Za-z0-9_-]+$/.test(body)) throw new Error('encodedList is not base64url');
	// A 16 KB list of zeros compresses to a few dozen bytes; cap what it may expand to.
	const bits = gunzipSync(Buffer.from(body, 'base64url'), { maxOutputLength: 16 * 1024 * 1024 });
	if (bits.length < statusListLength / 8) throw new Error('The status list is shorter than 16 KB');
	return new Uint8Array(bits);
}

/** The unsigned BitstringStatusListCredential for one list. */
export function statusListCredential(
	origin: string,
	issuerId: string,
	listId: number,
	bits: Uint8Array,
	validFrom: Date
) {
	const id = statusListUrl(origin, listId);
	return {
		'@context': ['https://www.w3.org/ns/credentials/v2'],
		id,
		type: ['VerifiableCredential', 'BitstringStatusListCredential'],
		issuer: issuerId,
		validFrom: validFrom.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		credentialSubject: {
			id: `${id}#list`,
			type: 'BitstringStatusList',
			statusPurpose: 'revocation',
			encodedList: encodeList(bits)
		}
	};
}

export type StatusListCredential = ReturnType<typeof statusListCredential>;

/**
 * Signs the status list as a VC-JWT with the city's active key, like the credentials it covers. No `nbf`:
 * a verifier whose clock runs a little behind must not refuse a list signed a moment ago.
 */
export function signStatusList(
	vc: StatusListCredential,
	key: { kid: string; privateKey: KeyObject },
	issuedAt: Date
): Promise<string> {
	return new SignJWT({ ...vc })
		.setProtectedHeader({ alg: signingAlg, kid: key.kid, typ: vcJwtType })
		.setIssuer(vc.issuer)
		.setSubject(vc.credentialSubject.id)
		.setJti(vc.id)
		.setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
		.sign(key.privateKey);
}
