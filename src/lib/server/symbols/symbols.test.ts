import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, jwtVerify } from 'jose';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson, type Person } from '../../../../tests/support/factories.ts';
import { admitMate, openCohort2027 } from '../../../../tests/support/mates.ts';
import { createTestApp, testOrigin, type TestApp } from '../../../../tests/support/test-app.ts';
import { listAudit } from '../audit/service.ts';
import { fixedClock } from '../core/clock.ts';
import { AppError } from '../core/errors.ts';
import { createSafeFetch, type SafeFetch } from '../core/safe-fetch.ts';
import { extractBakedCredential } from '../credentials/badge.ts';
import { createSymbolsService } from './service.ts';
import { symbolsDeps } from '../app.ts';

// During the 2027 cohort's term (1 May 2027 – 30 April 2028).
const clock = fixedClock(new Date('2027-06-01T03:00:00Z'));
let t: TestApp;
let manager: Person;
let admin: Person;
let mate: Awaited<ReturnType<typeof admitMate>>;
let sites: Server;
let port: number;
const pages: Record<string, { status?: number; body: string }> = {};

beforeAll(async () => {
	t = await createTestApp({ clock });
	manager = await createPerson(t.app, { roles: ['programme-manager'] });
	admin = await createPerson(t.app, { roles: ['admin'] });
	await openCohort2027(t.app, manager);
	mate = await admitMate(t.app, manager, 2027);
	sites = createServer((req, res) => {
		const page = pages[req.url ?? ''];
		if (!page) return void res.writeHead(404).end();
		res.writeHead(page.status ?? 200, { 'content-type': 'text/html' }).end(page.body);
	});
	await new Promise<void>((done) => sites.listen(0, '127.0.0.1', done));
	port = (sites.address() as AddressInfo).port;
});
afterAll(async () => {
	sites?.closeAllConnections();
	sites?.close();
	await t?.close();
});

async function jwtOfMate() {
	const current = await t.app.credentials.currentSignedCredentialOf(mate.userId);
	if (!current) throw new Error('the Mate has no credential');
	return current;
}

/** An independent check: the baked JWT verifies against the published keys and names this Mate. */
async function expectMatesCredential(jwt: string) {
	const { payload } = await jwtVerify(jwt, createLocalJWKSet(await t.app.credentials.jwks()), {
		issuer: `${testOrigin}/credentials/issuer`,
		currentDate: clock.now()
	});
	expect(payload.sub).toBe(`${testOrigin}/mates/${mate.slug}`);
}

describe('per-Mate symbol addresses', () => {
	it('show the symbol and count loads by site origin and day, never the path', async () => {
		const png = await t.app.symbols.imageForEmbed(
			mate.slug,
			'emblem',
			'png',
			'https://blog.example/posts/1?x=2'
		);
		expect(png?.current).toBe(true);
		expect((await sharp(png!.body).metadata()).format).toBe('png');
		await t.app.symbols.imageForEmbed(mate.slug, 'wordmark', 'svg', 'https://blog.example/about');
		await t.app.symbols.imageForEmbed(mate.slug, 'emblem', 'png', null);
		const { sites: shown } = await t.app.symbols.loyaltyOf(mate.userId);
		expect(shown).toEqual([
			{ origin: 'https://blog.example', loads: 2, lastSeen: '2027-06-01' },
			{ origin: '', loads: 1, lastSeen: '2027-06-01' }
		]);
		expect(await t.app.symbols.imageForEmbed('nobody-here', 'emblem', 'png', null)).toBeNull();
		// The Mate's export holds the record (sites and days, nothing about who looked).
		const exported = (await t.app.privacy.exportData(mate.userId)) as unknown as {
			symbols: { shown: unknown[] };
		};
		expect(exported.symbols.shown).toContainEqual({
			symbol: 'emblem',
			site: 'https://blog.example',
			day: '2027-06-01',
			loads: 1
		});
		const overview = await t.app.symbols.loyaltyOverview();
		expect(overview.find((m) => m.slug === mate.slug)).toMatchObject({ loads: 3, sitesShowing: 1 });
	});
});

describe('downloads and embed code', () => {
	it('bake the Mate credential into PNG and SVG downloads', async () => {
		const { jwt } = await jwtOfMate();
		const png = await t.app.symbols.downloadFor(mate.userId, 'emblem', 512);
		expect((await sharp(png.body).metadata()).width).toBe(512);
		const baked = extractBakedCredential(png.body);
		expect(baked).toBe(jwt);
		await expectMatesCredential(baked!);
		const svg = (await t.app.symbols.downloadFor(mate.userId, 'wordmark', 'svg')).body.toString();
		expect(svg).toContain('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"');
		const verify = /<openbadges:credential verify="([^"]+)"/.exec(svg)?.[1];
		expect(verify).toBe(jwt);
	});

	it('give HTML and Markdown that show the symbol from the city and link to the verification page', async () => {
		const { id } = await jwtOfMate();
		const code = await t.app.symbols.embedCodeFor(mate.userId);
		expect(code?.[0].html).toBe(
			`<a href="${testOrigin}/verify/${id}" rel="me"><img src="${testOrigin}/symbols/${mate.slug}/emblem.png" alt="Global Seoul Mate" width="128" height="128"></a>`
		);
		expect(code?.[1].markdown).toBe(
			`[![Global Seoul Mate](${testOrigin}/symbols/${mate.slug}/wordmark.png)](${testOrigin}/verify/${id})`
		);
	});

	it('refuse anyone without a running credential', async () => {
		const member = await createPerson(t.app, { roles: [] });
		await expect(t.app.symbols.downloadFor(member.id, 'emblem', 'svg')).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect(await t.app.symbols.embedCodeFor(member.id)).toBeNull();
	});
});

describe('checking the sites a Mate lists', () => {
	it('finds the symbol or a link back, reports absence and unreachable sites, and respects robots.txt', async () => {
		// The Mate's sites have made-up names that resolve to the local test server.
		const base = `http://blog.mate.test:${port}`;
		const resolve = async () => ['127.0.0.1'];
		const { id } = await jwtOfMate();
		pages['/robots.txt'] = { body: 'User-agent: SotongSiteCheck\nDisallow: /private\n' };
		pages['/blog'] = { body: `<p><img src="${testOrigin}/symbols/${mate.slug}/emblem.png" alt=""></p>` };
		pages['/about'] = { body: `<a rel="me noopener" href="${testOrigin}/verify/${id}">Verified</a>` };
		pages['/plain'] = { body: '<p>No symbol here</p>' };
		pages['/private/page'] = { body: `<img src="${testOrigin}/symbols/${mate.slug}/emblem.png">` };
		const links = ['blog', 'about', 'plain', 'gone', 'private/page'].map((p) => `${base}/${p}`);
		await t.app.mates.updateProfile(actionBy(manager), mate.userId, {
			displayName: mate.name,
			city: 'Seoul',
			languages: 'pt, en',
			links: links.join('\n')
		});
		const userAgent = 'SotongSiteCheck/1.0 (+test)';
		const symbolsFetching = (fetchPage: SafeFetch) => createSymbolsService(symbolsDeps(t.app, fetchPage));
		// The test-only allowance: this crawler may reach the local test server's port, nothing else private.
		const symbols = symbolsFetching(createSafeFetch({ userAgent, resolve, allowLoopbackPorts: [port] }));
		await symbols.sweepSites();
		const { checks } = await symbols.loyaltyOf(mate.userId);
		const byUrl = Object.fromEntries(checks.map((c) => [c.url.slice(base.length + 1), [c.result, c.detail]]));
		expect(byUrl).toEqual({
			blog: ['found', 'symbol'],
			about: ['found', 'link,rel-me'],
			plain: ['not_found', ''],
			gone: ['unreachable', 'http_error'],
			'private/page': ['unreachable', 'robots']
		});
		// Asking again at once is refused for ten minutes, then queued.
		await expect(symbols.askForSiteCheck(mate.userId)).rejects.toMatchObject({
			code: 'rate_limited',
			params: { seconds: 600 }
		});
		clock.advance(10 * 60_000);
		await symbols.askForSiteCheck(mate.userId);
		expect((await t.app.jobs.queueSizes())['symbols.site_check']).toBe(1);
		// Without the allowance, as in production, the same sites are refused: they resolve to loopback.
		const guarded = symbolsFetching(createSafeFetch({ userAgent, resolve }));
		await guarded.checkSitesNow(mate.userId);
		const refused = (await guarded.loyaltyOf(mate.userId)).checks;
		expect(refused).toHaveLength(5);
		expect(refused.every((c) => c.result === 'unreachable' && c.detail === 'private_address')).toBe(true);
	});
});

describe('after the term or a revocation', () => {
	it('shows the neutral former-Mate image at the same address', async () => {
		clock.set(new Date('2028-05-02T00:00:00Z'));
		try {
			const image = await t.app.symbols.imageForEmbed(mate.slug, 'emblem', 'svg', null);
			expect(image?.current).toBe(false);
			expect(image?.body.toString()).toContain('FORMER');
			await expect(t.app.symbols.downloadFor(mate.userId, 'emblem', 128)).rejects.toBeInstanceOf(AppError);
		} finally {
			clock.set(new Date('2027-06-01T03:00:00Z'));
		}
	});
});

describe('symbol artwork', () => {
	const plain =
		'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="40" fill="#c00"/></svg>';

	it('takes a plain SVG from an administrator (audited) and refuses active or outside content', async () => {
		for (const bad of [
			'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
			'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
			'<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/x.png"/></svg>',
			'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
			'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>',
			'<html><body>not svg</body></html>'
		])
			await expect(t.app.symbols.uploadArtwork(actionBy(admin), 'emblem', bad, null)).rejects.toMatchObject({
				code: 'validation_failed'
			});
		expect((await t.app.symbols.artworkOf('emblem')).uploaded).toBe(false);
		await t.app.symbols.uploadArtwork(actionBy(admin), 'emblem', plain, null);
		expect(await t.app.symbols.artworkOf('emblem')).toEqual({ svg: plain, uploaded: true });
		const shown = await t.app.symbols.imageForEmbed(mate.slug, 'emblem', 'svg', null);
		expect(shown?.body.toString()).toBe(plain);
		const audit = await listAudit(t.app.db, { action: 'symbols.artwork_uploaded' });
		expect(audit.events.map((e) => e.targetId)).toContain('emblem');
		await t.app.symbols.resetArtwork(actionBy(admin), 'emblem');
		expect((await t.app.symbols.artworkOf('emblem')).uploaded).toBe(false);
	});
});
