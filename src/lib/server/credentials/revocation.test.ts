import { crc32, gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson, type Person } from '../../../../tests/support/factories.ts';
import { admitMate, openCohort2027 } from '../../../../tests/support/mates.ts';
import { createTestApp, testOrigin, type TestApp } from '../../../../tests/support/test-app.ts';
import { listAudit } from '../audit/service.ts';
import { fixedClock } from '../core/clock.ts';
import { buildCredential, signCredential } from './issue.ts';
import { credentialsPersonalData } from './personal-data.ts';
import { credential } from './schema.ts';

const clock = fixedClock(new Date('2027-06-01T03:00:00Z'));
const issuerUrl = `${testOrigin}/credentials/issuer`;
let t: TestApp;
let manager: Person;
let mate: Awaited<ReturnType<typeof admitMate>>;
let credentialId: string;
let jwt: string;
let png: Buffer;

beforeAll(async () => {
	t = await createTestApp({ clock });
	manager = await createPerson(t.app, { roles: ['programme-manager'] });
	await openCohort2027(t.app, manager);
	mate = await admitMate(t.app, manager, 2027, 'Ana Souza');
	[{ id: credentialId }] = await t.app.credentials.credentialsOf(mate.userId);
	({ jwt } = await t.app.credentials.downloadFor(mate.userId, credentialId));
	({ png } = await t.app.credentials.badgeFor(mate.userId, credentialId));
});
afterAll(async () => {
	await t?.close();
});

/** The PNG's chunks, read here independently of the app's code. */
function chunks(file: Buffer) {
	const out: { type: string; data: Buffer; at: number }[] = [];
	for (let at = 8; at < file.length;) {
		const length = file.readUInt32BE(at);
		out.push({
			type: file.toString('latin1', at + 4, at + 8),
			data: file.subarray(at + 8, at + 8 + length),
			at
		});
		at += 12 + length;
	}
	return out;
}

const jwks = async () => createLocalJWKSet({ keys: (await t.app.credentials.jwks()).keys as JWK[] });

/** The published status list checked as an outside verifier would: signature, then the decoded bits. */
async function publishedBit(index: number): Promise<boolean> {
	const listJwt = (await t.app.credentials.statusListJwt(1))!;
	const { payload } = await jwtVerify(listJwt, await jwks(), { issuer: issuerUrl, typ: 'vc+jwt' });
	const vc = payload as { type: string[]; credentialSubject: { statusPurpose: string; encodedList: string } };
	expect(vc.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
	expect(payload.id).toBe(`${testOrigin}/credentials/status/1`);
	expect(vc.credentialSubject.statusPurpose).toBe('revocation');
	expect(vc.credentialSubject.encodedList.startsWith('u')).toBe(true);
	const bits = gunzipSync(Buffer.from(vc.credentialSubject.encodedList.slice(1), 'base64url'));
	expect(bits.length).toBeGreaterThanOrEqual(16 * 1024);
	return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

describe('the baked PNG badge', () => {
	it('carries the compact JWT in one uncompressed iTXt chunk keyed openbadgecredential, which verifies with the JWKS', async () => {
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		const baked = chunks(png).filter(
			(c) => c.type === 'iTXt' && c.data.toString('latin1', 0, 20) === 'openbadgecredential\0'
		);
		expect(baked).toHaveLength(1);
		const data = baked[0].data;
		expect(data[20]).toBe(0); // compression flag: uncompressed
		const text = data.subarray(20 + 2 + 2).toString('utf8'); // flag, method, empty language, empty keyword
		expect(text).toBe(jwt);
		expect(chunks(png).at(-1)!.type).toBe('IEND');
		const { payload } = await jwtVerify(text, await jwks(), { issuer: issuerUrl, currentDate: clock.now() });
		expect(payload.jti).toBe(`urn:uuid:${credentialId}`);
		expect(await t.app.credentials.verifyPng(png)).toMatchObject({ status: 'valid', jwt });
	});

	it('reports a badge whose JWT lost or changed one byte invalid', async () => {
		const baked = chunks(png).find((c) => c.type === 'iTXt')!;
		const tampered = Buffer.from(png);
		// One byte inside the JWT's payload part, with the chunk's CRC made right again.
		const offset = baked.at + 8 + 24 + jwt.indexOf('.') + 10;
		tampered[offset] = tampered[offset] === 0x41 ? 0x42 : 0x41;
		const crcAt = baked.at + 8 + baked.data.length;
		tampered.writeUInt32BE(crc32(tampered.subarray(baked.at + 4, crcAt)) >>> 0, crcAt);
		expect((await t.app.credentials.verifyPng(tampered)).status).toBe('invalid');
		// The same change without fixing the CRC: a damaged file.
		const damaged = Buffer.from(png);
		damaged[offset] ^= 1;
		expect(await t.app.credentials.verifyPng(damaged)).toEqual({ status: 'invalid', reason: 'malformed' });
	});

	it('refuses what is not a PNG or too large, and says when an image has no credential', async () => {
		await expect(t.app.credentials.verifyPng(Buffer.from('GIF89a not a png'))).rejects.toMatchObject({
			code: 'validation_failed',
			fields: { badge: { key: 'errors.field.badge' } }
		});
		const big = Buffer.concat([png.subarray(0, 8), Buffer.alloc(3 * 1024 * 1024)]);
		await expect(t.app.credentials.verifyPng(big)).rejects.toMatchObject({ code: 'validation_failed' });
		const plain = Buffer.concat(
			chunks(png)
				.filter((c) => c.type !== 'iTXt')
				.map((c) => png.subarray(c.at, c.at + 12 + c.data.length))
		);
		expect(await t.app.credentials.verifyPng(Buffer.concat([png.subarray(0, 8), plain]))).toEqual({
			status: 'invalid',
			reason: 'not_baked'
		});
	});
});

describe('revocation through the Bitstring Status List', () => {
	it('gives each credential a BitstringStatusListEntry pointing at the published list', async () => {
		const status = (decodeJwt(jwt) as { credentialStatus: Record<string, string> }).credentialStatus;
		expect(status).toMatchObject({
			type: 'BitstringStatusListEntry',
			statusPurpose: 'revocation',
			statusListCredential: `${testOrigin}/credentials/status/1`
		});
		expect(status.statusListIndex).toMatch(/^\d+$/);
		expect(status.id).toBe(`${testOrigin}/credentials/status/1#${status.statusListIndex}`);
		expect(await publishedBit(Number(status.statusListIndex))).toBe(false);
	});

	it('refuses a revocation without a reason, or of a credential that does not exist', async () => {
		await expect(
			t.app.credentials.revoke(actionBy(manager), { id: credentialId, reason: ' ' })
		).rejects.toMatchObject({ code: 'validation_failed', fields: { reason: expect.anything() } });
		await expect(
			t.app.credentials.revoke(actionBy(manager), {
				id: '00000000-0000-4000-8000-000000000000',
				reason: 'Left early'
			})
		).rejects.toMatchObject({ code: 'not_found' });
		expect((await t.app.credentials.verifyById(credentialId)).status).toBe('valid');
	});

	it('a programme manager revokes with a reason (audited): the published bit is set and every form verifies as revoked at once', async () => {
		const index = Number(
			(decodeJwt(jwt) as { credentialStatus: { statusListIndex: string } }).credentialStatus.statusListIndex
		);
		await t.app.credentials.revoke(actionBy(manager), {
			id: credentialId,
			reason: 'Left the programme early'
		});
		expect(await publishedBit(index)).toBe(true);
		expect(await t.app.credentials.verifyById(credentialId)).toMatchObject({
			status: 'revoked',
			credential: { revokedAt: clock.now().toISOString() }
		});
		expect((await t.app.credentials.verifyJwt({ jwt })).status).toBe('revoked');
		expect((await t.app.credentials.verifyPng(png)).status).toBe('revoked');
		expect(await t.app.credentials.currentCredentialOf(mate.userId)).toBeNull();
		const audit = await listAudit(t.app.db, { action: 'credentials.revoke' });
		expect(audit.events[0]).toMatchObject({
			actorId: manager.id,
			targetId: credentialId,
			details: { reason: 'Left the programme early', number: 'GM-2027-0001' }
		});
		const [listed] = await t.app.credentials.listIssued({ q: 'GM-2027-0001' });
		expect(listed).toMatchObject({ id: credentialId, revokedReason: 'Left the programme early' });
		await expect(
			t.app.credentials.revoke(actionBy(manager), { id: credentialId, reason: 'Again' })
		).rejects.toMatchObject({ code: 'conflict' });
	});

	it('keeps other credentials valid, and their bits clear', async () => {
		const other = await admitMate(t.app, manager, 2027, 'Lucas Martin');
		const [{ id }] = await t.app.credentials.credentialsOf(other.userId);
		const { jwt: otherJwt } = await t.app.credentials.downloadFor(other.userId, id);
		const index = Number(
			(decodeJwt(otherJwt) as { credentialStatus: { statusListIndex: string } }).credentialStatus
				.statusListIndex
		);
		expect(await publishedBit(index)).toBe(false);
		expect((await t.app.credentials.verifyById(id)).status).toBe('valid');
	});

	it('reports a credential invalid when its status list is not genuine', async () => {
		const listJwt = (await t.app.credentials.statusListJwt(1))!;
		const [h, p, s] = listJwt.split('.');
		const forged = [h, p, s.slice(0, -4) + (s.endsWith('AAAA') ? 'BBBB' : 'AAAA')].join('.');
		await t.app.handle.execute('update credential_status_list set jwt = $1 where id = 1', [forged]);
		try {
			expect(await t.app.credentials.verifyById(credentialId)).toEqual({
				status: 'invalid',
				reason: 'status_unverifiable'
			});
		} finally {
			await t.app.handle.execute('update credential_status_list set jwt = $1 where id = 1', [listJwt]);
		}
	});

	it('credentials issued before status lists (no credentialStatus) keep verifying, and their revocation is read from the record', async () => {
		const other = await admitMate(t.app, manager, 2027, 'Sofia Rossi');
		const cohortId = (await t.app.mates.listCohorts()).find((c) => c.year === 2027)!.id;
		// Made the way the first increment made them: the same credential without a status entry.
		await t.app.db.delete(credential).where(eq(credential.userId, other.userId));
		const id = '3f1c1d3e-9a4b-4c55-8d7e-2b8f0f6a9c10';
		const vc = buildCredential(
			id,
			{ name: other.name, slug: other.slug, year: 2027, termStart: '2027-05-01', termEnd: '2028-04-30' },
			{ origin: testOrigin, cityName: 'Seoul' }
		);
		const key = await t.app.credentials.keyring.activeKey();
		const old = await signCredential(vc, key, clock.now());
		await t.app.db.insert(credential).values({
			id,
			userId: other.userId,
			cohortId,
			kid: key.kid,
			jwt: old,
			document: vc,
			validFrom: new Date(vc.validFrom),
			validUntil: new Date(vc.validUntil),
			number: 'GM-2027-0900',
			serial: 900,
			statusIndex: null
		});
		expect(vc).not.toHaveProperty('credentialStatus');
		expect((await t.app.credentials.verifyJwt({ jwt: old })).status).toBe('valid');
		await t.app.credentials.revoke(actionBy(manager), { id, reason: 'Moved away' });
		expect((await t.app.credentials.verifyJwt({ jwt: old })).status).toBe('revoked');
	});

	it('sets the bit of a credential removed with its holder’s account, and never clears a published bit', async () => {
		const leaving = await admitMate(t.app, manager, 2027, 'Elif Demir');
		const [{ id }] = await t.app.credentials.credentialsOf(leaving.userId);
		const { jwt: leavingJwt } = await t.app.credentials.downloadFor(leaving.userId, id);
		const index = Number(
			(decodeJwt(leavingJwt) as { credentialStatus: { statusListIndex: string } }).credentialStatus
				.statusListIndex
		);
		const revokedIndex = Number(
			(decodeJwt(jwt) as { credentialStatus: { statusListIndex: string } }).credentialStatus.statusListIndex
		);
		expect(await publishedBit(index)).toBe(false);
		const source = credentialsPersonalData((indexes) => t.app.credentials.retireStatusIndexes(indexes));
		const after = await source.erase(
			t.app.db,
			{ id: leaving.userId, email: leaving.email },
			{ content: 'anonymise' }
		);
		await after?.();
		expect(await t.app.credentials.credentialsOf(leaving.userId)).toEqual([]);
		expect(await publishedBit(index)).toBe(true);
		expect(await publishedBit(revokedIndex)).toBe(true);
	});
});
