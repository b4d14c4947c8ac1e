import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrive, baseUrl, en, newPage, signInDemo, useBrowser, visit } from './support.ts';

const browser = useBrowser();
let embedHtml = '';
// A Mate's blog on another origin, showing the symbol with the embed code the Mate copied.
let blog: Server;
let blogOrigin = '';

beforeAll(async () => {
	blog = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><html lang="en"><title>My Seoul blog</title><main><h1>My Seoul blog</h1>${embedHtml}</main></html>`
		);
	});
	await new Promise<void>((done) => blog.listen(0, '127.0.0.1', done));
	blogOrigin = `http://127.0.0.1:${(blog.address() as AddressInfo).port}`;
});
afterAll(() => {
	blog?.closeAllConnections();
	blog?.close();
});

describe('the Mate symbols', () => {
	it('an active Mate finds the symbols from their dashboard, downloads them baked and copies the embed code', async () => {
		const { page } = await newPage(browser());
		await signInDemo(page, 'maria@demo.sotong.example', false);
		const link = page.getByRole('link', { name: en('symbols.account.link') });
		await link.focus();
		await arrive(page, { path: '/account/symbols' }, () => page.keyboard.press('Enter'));
		await visit(page, '/account/symbols');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('link', { name: en('symbols.account.svg') })
				.first()
				.click()
		]);
		expect(download.suggestedFilename()).toBe('global-mate-emblem.svg');
		const svg = await readFile((await download.path())!, 'utf8');
		const jwt = /<openbadges:credential verify="([^"]+)"/.exec(svg)?.[1] ?? '';
		const jwks = (await (await fetch(`${baseUrl}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
		const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
			issuer: `${baseUrl}/credentials/issuer`
		});
		expect(payload.sub).toBe(`${baseUrl}/mates/maria-gonzalez`);

		embedHtml = await page
			.getByLabel(en('symbols.account.html', { name: en('symbols.name.emblem') }))
			.inputValue();
		expect(embedHtml).toContain(`src="${baseUrl}/symbols/maria-gonzalez/emblem.png"`);
		expect(embedHtml).toMatch(new RegExp(`href="${baseUrl}/verify/[0-9a-f-]{36}"`));
	});

	it('the symbol shows on the Mate’s blog, and the Mate sees that site in their record', async () => {
		const visitor = (await newPage(browser())).page;
		await visitor.goto(blogOrigin);
		const image = visitor.getByRole('img', { name: /Global .* Mate/ });
		await image.waitFor();
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

		const { page } = await newPage(browser());
		await signInDemo(page, 'maria@demo.sotong.example', false);
		await visit(page, '/account/symbols');
		await page.getByRole('rowheader', { name: blogOrigin }).waitFor();
	});

	it('the programme team sees the record; visitors and other members cannot download the symbols', async () => {
		const { page } = await newPage(browser());
		await signInDemo(page, 'manager@demo.sotong.example', true);
		await visit(page, '/console/symbols');
		await arrive(page, { path: '/console/symbols/mates/maria-gonzalez' }, () =>
			page
				.getByRole('link', { name: /María|Maria/ })
				.first()
				.click()
		);
		await visit(page, '/console/symbols/mates/maria-gonzalez');
		await page.getByRole('rowheader', { name: blogOrigin }).waitFor();

		const visitor = await fetch(`${baseUrl}/account/symbols/emblem/svg`, { redirect: 'manual' });
		expect(visitor.status).toBe(303);
		expect(visitor.headers.get('location')).toMatch(/^\/sign-in/);
		const reviewer = (await newPage(browser())).page;
		await signInDemo(reviewer, 'reviewer@demo.sotong.example', true);
		expect((await reviewer.request.get('/account/symbols/emblem/256')).status()).toBe(403);
	});

	it('an administrator sees the artwork page', async () => {
		const { page } = await newPage(browser());
		await signInDemo(page, 'admin@demo.sotong.example', true);
		await visit(page, '/console/symbols/artwork');
		await page
			.getByRole('button', { name: en('symbols.artwork.upload', { name: en('symbols.name.emblem') }) })
			.waitFor();
	});
});
