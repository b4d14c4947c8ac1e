import { generateKeyPairSync } from 'node:crypto';
import {
	CompactSign,
	createLocalJWKSet,
	decodeJwt,
	decodeProtectedHeader,
	importJWK,
	jwtVerify,
	type JWK
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson, type Person } from '../../../../tests/support/factories.ts';
import { admitMate, openCohort2027 } from '../../../../tests/support/mates.ts';
import { createTestApp, testOrigin, type TestApp } from '../../../../tests/support/test-app.ts';
import { listAudit } from '../audit/service.ts';
import { fixedClock } from '../core/clock.ts';
import { verificationJson } from './present.ts';

// During the 2027 cohort's term (1 May 2027 – 30 April 2028).
const clock = fixedClock(new Date('2027-06-01T03:00:00Z'));
let t: TestApp;
let manager: Person;
let admin: Person;
let mate: Awaited<ReturnType<typeof admitMate>>;
let credentialId: string;
let jwt: string;

const issuerUrl = `${testOrigin}/credentials/issuer`;

beforeAll(async () => {
	t = await createTestApp({ clock });
	manager = await createPerson(t.app, { roles: ['programme-manager'] });
	admin = await createPerson(t.app, { roles: ['admin'] });
	await openCohort2027(t.app, manager);
	mate = await admitMate(t.app, manager, 2027);
	[{ id: credentialId }] = await t.app.credentials.credentialsOf(mate.userId);
	({ jwt } = await t.app.credentials.downloadFor(mate.userId, credentialId));
});
afterAll(async () => {
	await t?.close();
});

/** Splits a compact JWS, replaces its payload and puts the original signature back on. */
function tamper(token: string, change: (payload: Record<string, unknown>) => void): string {
	const [header, body, signature] = token.split('.');
	const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
	change(payload);
	return [header, Buffer.from(JSON.stringify(payload)).toString('base64url'), signature].join('.');
}

describe('issuing a credential on admission', () => {
	it('gives the admitted Mate one signed credential for their term, once', async () => {
		const list = await t.app.credentials.credentialsOf(mate.userId);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({
			name: 'Global Mate, cohort 2027',
			validFrom: new Date('2027-04-30T15:00:00Z'),
			validUntil: new Date('2028-04-30T14:59:59Z'),
			revokedAt: null
		});
		const cohortId = (await t.app.mates.listCohorts()).find((c) => c.year === 2027)!.id;
		expect(await t.app.credentials.issueFor(mate.userId, cohortId)).toBe(credentialId);
		expect(await t.app.credentials.credentialsOf(mate.userId)).toHaveLength(1);
	});

	it('passes an independent check: the published JWK verifies the signature and the claims match OB 3.0', async () => {
		const header = decodeProtectedHeader(jwt);
		expect(header).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
		const { keys } = await t.app.credentials.jwks();
		const jwk = keys.find((k) => k.kid === header.kid) as JWK;
		expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
		expect(jwk).not.toHaveProperty('d');
		// The key is fetched as a verifier would, by kid, from the JWK Set; nothing of ours verifies.
		const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet({ keys: keys as JWK[] }), {
			algorithms: ['EdDSA'],
			issuer: issuerUrl,
			typ: 'vc+jwt',
			currentDate: clock.now()
		});
		expect(protectedHeader.kid).toBe(jwk.kid);
		await expect(
			jwtVerify(jwt, await importJWK(jwk, 'EdDSA'), { currentDate: clock.now() })
		).resolves.toBeTruthy();
		const vc = payload as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
		expect(vc['@context']).toEqual([
			'https://www.w3.org/ns/credentials/v2',
			'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
		]);
		expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
		expect(vc.id).toBe(`urn:uuid:${credentialId}`);
		expect(payload.jti).toBe(vc.id);
		expect(payload.iss).toBe(issuerUrl);
		expect(vc.issuer).toMatchObject({ id: issuerUrl, type: ['Profile'], url: testOrigin });
		expect(payload.sub).toBe(`${testOrigin}/mates/${mate.slug}`);
		expect(vc.credentialSubject).toMatchObject({
			id: payload.sub,
			type: ['AchievementSubject'],
			name: mate.name
		});
		expect(vc.credentialSubject.achievement).toMatchObject({
			type: ['Achievement'],
			name: 'Global Mate, cohort 2027',
			criteria: { narrative: expect.stringContaining('2027-05-01') },
			image: { id: `${testOrigin}/credentials/badge.svg`, type: 'Image' }
		});
		expect(vc.validFrom).toBe('2027-04-30T15:00:00Z');
		expect(vc.validUntil).toBe('2028-04-30T14:59:59Z');
		expect(payload.nbf).toBe(Date.parse(vc.validFrom) / 1000);
		expect(payload.exp).toBe(Date.parse(vc.validUntil) / 1000);
	});

	it('publishes the issuer profile with the same keys', async () => {
		const issuer = await t.app.credentials.issuer();
		expect(issuer).toMatchObject({
			id: issuerUrl,
			type: ['Profile'],
			jwks_uri: `${testOrigin}/.well-known/jwks.json`
		});
		expect(issuer.publicKeys.map((k) => k.kid)).toEqual(
			(await t.app.credentials.jwks()).keys.map((k) => k.kid)
		);
	});

	it('keeps the signing key encrypted at rest, opened only with CREDENTIALS_KEY', async () => {
		const rows = await t.app.handle.execute('select private_key_encrypted from credential_signing_key', []);
		const sealed = String((rows.rows[0] as { private_key_encrypted: string }).private_key_encrypted);
		expect(sealed.split('.')).toHaveLength(3);
		expect(sealed).not.toContain('PRIVATE KEY');
	});
});

describe('verifying', () => {
	it('reports a genuine credential valid, by id and by its pasted JWT, with who, what and when', async () => {
		const byId = await t.app.credentials.verifyById(credentialId);
		expect(byId).toMatchObject({
			status: 'valid',
			jwt,
			credential: {
				id: `urn:uuid:${credentialId}`,
				achievement: 'Global Mate, cohort 2027',
				subjectName: mate.name,
				subjectUrl: `${testOrigin}/mates/${mate.slug}`,
				validFrom: '2027-04-30T15:00:00Z',
				validUntil: '2028-04-30T14:59:59Z'
			}
		});
		expect(await t.app.credentials.verifyJwt({ jwt: `  ${jwt}\n` })).toMatchObject({ status: 'valid' });
	});

	it('reports a tampered JWT invalid', async () => {
		const renamed = tamper(jwt, (p) => {
			(p.credentialSubject as { name: string }).name = 'Somebody Else';
		});
		expect(await t.app.credentials.verifyJwt({ jwt: renamed })).toEqual({
			status: 'invalid',
			reason: 'bad_signature'
		});
		const extended = tamper(jwt, (p) => {
			p.exp = (p.exp as number) + 365 * 86_400;
		});
		expect((await t.app.credentials.verifyJwt({ jwt: extended })).status).toBe('invalid');
	});

	it('reports a JWT signed by another key under our kid invalid, and one with an unknown kid too', async () => {
		const { kid } = decodeProtectedHeader(jwt);
		const payload = new TextEncoder().encode(JSON.stringify(decodeJwt(jwt)));
		const { privateKey } = generateKeyPairSync('ed25519');
		const forged = await new CompactSign(payload)
			.setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid })
			.sign(privateKey);
		expect(await t.app.credentials.verifyJwt({ jwt: forged })).toMatchObject({
			status: 'invalid',
			reason: 'bad_signature'
		});
		const stranger = await new CompactSign(payload)
			.setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: 'not-ours' })
			.sign(privateKey);
		expect(await t.app.credentials.verifyJwt({ jwt: stranger })).toMatchObject({
			status: 'invalid',
			reason: 'unknown_key'
		});
		const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'vc+jwt' })).toString('base64url')}.${jwt.split('.')[1]}.x`;
		expect(await t.app.credentials.verifyJwt({ jwt: unsigned })).toMatchObject({ status: 'invalid' });
	});

	it('refuses what is not a JWT as a form error', async () => {
		await expect(t.app.credentials.verifyJwt({ jwt: 'hello' })).rejects.toMatchObject({
			code: 'validation_failed'
		});
		await expect(t.app.credentials.verifyJwt({})).rejects.toMatchObject({ code: 'validation_failed' });
	});

	it('reports an unknown or malformed id as not found', async () => {
		expect(await t.app.credentials.verifyById('3f1c1d3e-9a4b-4c55-8d7e-2b8f0f6a9c10')).toEqual({
			status: 'not_found'
		});
		expect(await t.app.credentials.verifyById('../etc/passwd')).toEqual({ status: 'not_found' });
	});

	it('reports the credential expired once the clock passes validUntil, and not yet valid before the term', async () => {
		const now = clock.now();
		try {
			clock.set(new Date('2028-05-01T00:00:00Z'));
			expect(await t.app.credentials.verifyById(credentialId)).toMatchObject({ status: 'expired' });
			expect(await t.app.credentials.verifyJwt({ jwt })).toMatchObject({ status: 'expired' });
			clock.set(new Date('2027-04-01T00:00:00Z'));
			expect(await t.app.credentials.verifyById(credentialId)).toMatchObject({ status: 'not_yet_valid' });
		} finally {
			clock.set(now);
		}
	});

	it('answers machines with the status, the facts and the compact JWT', async () => {
		const body = verificationJson(await t.app.credentials.verifyById(credentialId));
		expect(body).toMatchObject({
			status: 'valid',
			jwt,
			credential: {
				id: `urn:uuid:${credentialId}`,
				name: 'Global Mate, cohort 2027',
				subject: { id: `${testOrigin}/mates/${mate.slug}`, name: mate.name },
				issuer: { id: issuerUrl }
			}
		});
		expect(JSON.parse(JSON.stringify(body))).toEqual(body);
		expect(verificationJson({ status: 'not_found' })).toEqual({ status: 'not_found' });
	});
});

describe('rotating the signing key', () => {
	it('signs new credentials with the new key while earlier ones keep verifying, and audits it', async () => {
		const before = decodeProtectedHeader(jwt).kid;
		const kid = await t.app.credentials.rotateKey(actionBy(admin));
		expect(kid).not.toBe(before);
		const { keys } = await t.app.credentials.jwks();
		expect(keys.map((k) => k.kid)).toEqual([kid, before]);

		const second = await admitMate(t.app, manager, 2027, 'Joon Park');
		const [{ id }] = await t.app.credentials.credentialsOf(second.userId);
		const fresh = await t.app.credentials.downloadFor(second.userId, id);
		expect(decodeProtectedHeader(fresh.jwt).kid).toBe(kid);

		const jwks = createLocalJWKSet({ keys: keys as JWK[] });
		for (const token of [jwt, fresh.jwt]) {
			await expect(
				jwtVerify(token, jwks, { issuer: issuerUrl, currentDate: clock.now() })
			).resolves.toBeTruthy();
			expect((await t.app.credentials.verifyJwt({ jwt: token })).status).toBe('valid');
		}
		expect((await t.app.credentials.verifyById(credentialId)).status).toBe('valid');

		const audit = await listAudit(t.app.db, { action: 'credentials.rotate_key' });
		expect(audit.events[0]).toMatchObject({
			actorId: admin.id,
			targetId: kid,
			details: { retired: [before] }
		});
	});

	it('lets only the holder download a credential', async () => {
		await expect(t.app.credentials.downloadFor(admin.id, credentialId)).rejects.toMatchObject({
			code: 'not_found'
		});
		const own = await t.app.credentials.downloadFor(mate.userId, credentialId);
		expect(own.document).toMatchObject({ id: `urn:uuid:${credentialId}` });
	});
});
