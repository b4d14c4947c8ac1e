import { readFile } from 'node:fs/promises';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
	arrive,
	baseUrl,
	en,
	field,
	formWith,
	ko,
	newPage,
	expectAccessible,
	signInDemo,
	useBrowser,
	visit
} from './support.ts';

const browser = useBrowser();
let jwt = '';
let credentialId = '';
let kenjiCredential = '';
let kenjiBadge = Buffer.alloc(0);

describe('a Mate’s credential', () => {
	it('an approved demo Mate downloads the signed credential from their dashboard', async () => {
		const { page } = await newPage(browser());
		await signInDemo(page, 'maria@demo.sotong.example', false);
		await page.getByRole('heading', { name: en('credentials.account.title') }).waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('link', { name: en('credentials.account.jwt') })
				.first()
				.click()
		]);
		expect(download.suggestedFilename()).toMatch(/^global-mate-credential-[0-9a-f-]{36}\.jwt$/);
		jwt = (await readFile((await download.path())!, 'utf8')).trim();
		expect(jwt.split('.')).toHaveLength(3);

		// Checked independently: the city's published JWK Set verifies it, as any outside verifier would.
		const jwks = (await (await fetch(`${baseUrl}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
		const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
			algorithms: ['EdDSA'],
			issuer: `${baseUrl}/credentials/issuer`,
			typ: 'vc+jwt'
		});
		expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
		expect(payload.sub).toBe(`${baseUrl}/mates/maria-gonzalez`);
		credentialId = String(payload.jti).replace('urn:uuid:', '');

		const json = await page.request.get(`/account/credentials/${credentialId}/json`);
		expect(json.status()).toBe(200);
		expect(await json.json()).toMatchObject({ id: payload.jti, issuer: { id: payload.iss } });
	});

	it('a visitor follows the link on the Mate’s page and sees the credential is valid', async () => {
		const { page } = await newPage(browser());
		await visit(page, '/mates/maria-gonzalez');
		const link = page.getByRole('link', { name: /Verify .*credential/ });
		await link.focus();
		await arrive(page, { path: `/verify/${credentialId}` }, () => page.keyboard.press('Enter'));
		expect(await page.locator('[data-status="valid"]').textContent()).toBe(
			en('credentials.verify.status.valid')
		);
		await page
			.getByRole('link', { name: /Maria|María/ })
			.first()
			.waitFor();

		const korean = (await newPage(browser(), { locale: 'ko-KR' })).page;
		await visit(korean, `/verify/${credentialId}?lang=ko`);
		expect(await korean.locator('[data-status="valid"]').textContent()).toBe(
			ko('credentials.verify.status.valid')
		);
	});

	it('machines get JSON from the same address, with the compact JWT', async () => {
		const res = await fetch(`${baseUrl}/verify/${credentialId}`, { headers: { accept: 'application/json' } });
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({
			status: 'valid',
			jwt,
			credential: { id: `urn:uuid:${credentialId}` }
		});
		const missing = await fetch(`${baseUrl}/verify/00000000-0000-4000-8000-000000000000`, {
			headers: { accept: 'application/json' }
		});
		expect(missing.status).toBe(404);
		expect(await missing.json()).toEqual({ status: 'not_found' });
		const posted = await fetch(`${baseUrl}/verify`, {
			method: 'POST',
			headers: { accept: 'application/json', 'content-type': 'application/json', origin: baseUrl },
			body: JSON.stringify({ jwt })
		});
		expect(await posted.json()).toMatchObject({ status: 'valid' });
		const issuer = await (await fetch(`${baseUrl}/credentials/issuer`)).json();
		expect(issuer).toMatchObject({ id: `${baseUrl}/credentials/issuer`, type: ['Profile'] });
		expect(issuer.publicKeys.map((k: { kid: string }) => k.kid)).toContain(
			JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString()).kid
		);
	});

	it('the verification form checks a pasted JWT and reports a tampered one invalid', async () => {
		const { page } = await newPage(browser());
		await visit(page, '/verify');
		const form = formWith(page, 'jwt');
		await field(form, 'jwt').fill(jwt);
		await arrive(page, { text: en('credentials.verify.explain.valid') }, () =>
			form.getByRole('button', { name: en('credentials.verify.submit') }).click()
		);
		await page.locator('[data-status="valid"]').waitFor();

		const payload = decodeJwt(jwt) as Record<string, unknown>;
		const [header, , signature] = jwt.split('.');
		const forged = [
			header,
			Buffer.from(JSON.stringify({ ...payload, exp: (payload.exp as number) + 86_400 * 365 })).toString(
				'base64url'
			),
			signature
		].join('.');
		await field(formWith(page, 'jwt'), 'jwt').fill(forged);
		await arrive(page, { text: en('credentials.verify.reason.bad_signature') }, () =>
			formWith(page, 'jwt')
				.getByRole('button', { name: en('credentials.verify.submit') })
				.click()
		);
		await page.locator('[data-status="invalid"]').waitFor();
	});

	it('a Mate downloads the PDF certificate (their name in Latin letters and in Japanese) and the baked badge, which /verify accepts', async () => {
		const { page } = await newPage(browser());
		await signInDemo(page, 'kenji@demo.sotong.example', false);
		await page.getByRole('heading', { name: en('credentials.account.title') }).waitFor();
		const [pdfDownload] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('link', { name: en('credentials.account.pdf') })
				.first()
				.click()
		]);
		expect(pdfDownload.suggestedFilename()).toMatch(/^global-mate-certificate-GM-\d{4}-\d{4}\.pdf$/);
		const pdf = await readFile((await pdfDownload.path())!);
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
		expect(text).toContain('Kenji Watanabe');
		expect(text).toContain('渡辺 健二');
		const verifyUrl = /http\S+\/verify\/([0-9a-f-]{36})/.exec(text.replace(/\s+/g, ' '));
		expect(verifyUrl).not.toBeNull();
		kenjiCredential = verifyUrl![1];

		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('link', { name: en('credentials.account.png') })
				.first()
				.click()
		]);
		const png = await readFile((await pngDownload.path())!);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(png.includes(Buffer.from('openbadgecredential\0'))).toBe(true);
		kenjiBadge = png;

		// Anyone checks the badge on the verification page by uploading it.
		const visitor = (await newPage(browser())).page;
		await visit(visitor, '/verify');
		await visitor
			.locator('input[name="badge"]')
			.setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: kenjiBadge });
		await arrive(visitor, { text: en('credentials.verify.explain.valid') }, () =>
			visitor.getByRole('button', { name: en('credentials.verify.submitBadge') }).click()
		);
		await visitor.locator('[data-status="valid"]').waitFor();
	});

	it('a programme manager revokes the credential from the console with a reason, and the verify page says revoked at once', async () => {
		const { page } = await newPage(browser());
		await signInDemo(page, 'manager@demo.sotong.example', true);
		await visit(page, '/console/credentials?q=Kenji');
		await expectAccessible(page);
		await page.locator('summary', { hasText: 'Kenji Watanabe' }).click();
		const form = formWith(page, 'reason');
		await field(form, 'reason').fill('Left the programme early (end-to-end test)');
		await arrive(page, { text: 'Left the programme early (end-to-end test)' }, () =>
			form.getByRole('button', { name: new RegExp(en('credentials.console.revoke')) }).click()
		);

		const visitor = (await newPage(browser())).page;
		await visit(visitor, `/verify/${kenjiCredential}`);
		expect(await visitor.locator('[data-status="revoked"]').textContent()).toBe(
			en('credentials.verify.status.revoked')
		);
		const korean = (await newPage(browser(), { locale: 'ko-KR' })).page;
		await visit(korean, `/verify/${kenjiCredential}?lang=ko`);
		expect(await korean.locator('[data-status="revoked"]').textContent()).toBe(
			ko('credentials.verify.status.revoked')
		);

		// The published status list says so too, for verifiers elsewhere; so does the uploaded badge.
		const res = await fetch(`${baseUrl}/verify`, {
			method: 'POST',
			headers: { accept: 'application/json', 'content-type': 'image/png', origin: baseUrl },
			body: new Uint8Array(kenjiBadge)
		});
		expect(await res.json()).toMatchObject({ status: 'revoked' });
		const list = await fetch(`${baseUrl}/credentials/status/1`);
		expect(list.status).toBe(200);
		expect(list.headers.get('content-type')).toBe('application/vc+jwt');
	});
});
