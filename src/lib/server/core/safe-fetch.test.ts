import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetch, FetchRefused, isPublicAddress, type SafeFetchOptions } from './safe-fetch.ts';

let server: Server;
let port: number;
let lastUserAgent = '';

beforeAll(async () => {
	server = createServer((req, res) => {
		lastUserAgent = String(req.headers['user-agent']);
		const hops = /^\/hop\/(\d+)$/.exec(req.url ?? '');
		if (hops) {
			const n = Number(hops[1]);
			res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
		} else if (req.url === '/to-private') {
			res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
		} else if (req.url === '/huge') {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end('x'.repeat(3 * 1024 * 1024));
		} else if (req.url === '/slow') {
			// Never answers; the fetch's time limit ends it.
		} else if (req.url === '/missing') {
			res.writeHead(404).end('no');
		} else {
			res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hello</p>');
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	port = (server.address() as AddressInfo).port;
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
});

const fetcher = (extra: Partial<SafeFetchOptions> = {}) =>
	createSafeFetch({ userAgent: 'SotongTest/1', allowLoopbackPorts: [port], ...extra });

async function refusal(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (err) {
		if (err instanceof FetchRefused) return err.reason;
		throw err;
	}
	throw new Error('expected a refusal');
}

describe('isPublicAddress', () => {
	it.each([
		['10.0.0.1', false],
		['127.0.0.1', false],
		['169.254.169.254', false],
		['::1', false],
		['192.168.1.1', false],
		['100.64.0.1', false],
		['fd00::1', false],
		['::ffff:10.0.0.1', false],
		['0.0.0.0', false],
		['93.184.216.34', true],
		['2606:2800:220:1:248:1893:25c8:1946', true]
	])('%s is public: %s', (address, expected) => {
		expect(isPublicAddress(address)).toBe(expected);
	});
});

describe('safe fetch', () => {
	it('reads a page from an allowed server and says who it is', async () => {
		const page = await fetcher()(`http://127.0.0.1:${port}/page`);
		expect(page.body).toBe('<p>hello</p>');
		expect(page.contentType).toContain('text/html');
		expect(lastUserAgent).toBe('SotongTest/1');
	});

	it.each(['http://10.0.0.1/', 'http://127.0.0.1/', 'http://169.254.169.254/latest/', 'http://[::1]/'])(
		'refuses %s without the test allowance',
		async (url) => {
			expect(await refusal(createSafeFetch({ userAgent: 'x' })(url))).toBe('private_address');
		}
	);

	it('refuses names that resolve to private addresses, checked after resolution', async () => {
		const table: Record<string, string[]> = {
			'intranet.example': ['10.0.0.1'],
			'metadata.example': ['169.254.169.254'],
			'loop.example': ['::1'],
			'mixed.example': ['93.184.216.34', '127.0.0.1']
		};
		const guarded = createSafeFetch({ userAgent: 'x', resolve: async (h) => table[h] ?? [] });
		for (const host of Object.keys(table))
			expect(await refusal(guarded(`http://${host}/`))).toBe('private_address');
		// The machine's own resolver too: localhost is loopback.
		expect(await refusal(createSafeFetch({ userAgent: 'x' })(`http://localhost:${port}/`))).toBe(
			'private_address'
		);
	});

	it('follows three redirects, refuses a fourth and a redirect into a private address', async () => {
		const f = fetcher();
		expect((await f(`http://127.0.0.1:${port}/hop/2`)).url).toBe(`http://127.0.0.1:${port}/page`);
		expect(await refusal(f(`http://127.0.0.1:${port}/hop/3`))).toBe('too_many_redirects');
		expect(await refusal(f(`http://127.0.0.1:${port}/to-private`))).toBe('private_address');
	});

	it('stops at the byte cap and the time limit, and reports error statuses', async () => {
		expect(await refusal(fetcher()(`http://127.0.0.1:${port}/huge`))).toBe('too_large');
		expect(await refusal(fetcher({ timeoutMs: 300 })(`http://127.0.0.1:${port}/slow`))).toBe('timeout');
		expect(await refusal(fetcher()(`http://127.0.0.1:${port}/missing`))).toBe('http_error');
	});

	it('fetches only http and https', async () => {
		for (const url of ['file:///etc/passwd', 'ftp://example.com/', 'gopher://x/', 'not a url'])
			expect(await refusal(fetcher()(url))).toBe('not_http');
	});
});
