import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../i18n/index.ts';
import { PageCache, type CachedPage } from './page-cache.ts';

const page = (html: string, tags: string[]) => ({
	status: 200,
	headers: [
		['content-type', 'text/html'],
		['etag', `"${html.length}"`]
	] as [string, string][],
	body: new TextEncoder().encode(html),
	tags
});
/** The answered page's bytes, as a browser receives them. */
const text = (answer: CachedPage | null) => (answer ? Buffer.concat(answer.body).toString() : null);
const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });

describe('the page cache', () => {
	it('keeps a page per address and language, and forgets it when a tag it shows changes', () => {
		const cache = new PageCache({ negotiate: negotiateLocale });
		cache.store(get('/stories/a'), page('<p>A</p>', ['story:a', 'stories']));
		cache.store(get('/stories/a', { 'accept-language': 'ko-KR,ko;q=0.9' }), page('<p>가</p>', ['story:a']));
		cache.store(get('/'), page('<p>home</p>', ['stories', 'mates']));

		expect(text(cache.lookup(get('/stories/a')))).toBe('<p>A</p>');
		expect(text(cache.lookup(get('/stories/a', { cookie: 'locale=ko' })))).toBe('<p>가</p>');
		expect(cache.lookup(get('/stories/b'))).toBeNull();

		cache.invalidate(['mates']);
		expect(cache.lookup(get('/'))).toBeNull();
		expect(cache.lookup(get('/stories/a'))).not.toBeNull();
		cache.invalidate(['story:a']);
		expect(cache.lookup(get('/stories/a'))).toBeNull();
		expect(cache.lookup(get('/stories/a', { 'accept-language': 'ko' }))).toBeNull();
		expect(cache.size).toBe(0);
	});

	it('never answers for a request that may be personal or that sets the language', () => {
		const cache = new PageCache({ negotiate: negotiateLocale });
		cache.store(get('/'), page('<p>home</p>', ['stories']));
		expect(cache.lookup(get('/', { cookie: 'better-auth.session_token=x' }))).toBeNull();
		expect(cache.lookup(get('/', { cookie: 'locale=en; flash=saved' }))).toBeNull();
		expect(cache.lookup({ method: 'POST', url: '/', headers: {} })).toBeNull();
		expect(cache.lookup(get('/?lang=en'))).toBeNull();
		expect(cache.lookup(get('/', { cookie: 'locale=en' }))).not.toBeNull();
		// Nor keeps a page rendered for someone with a session.
		cache.store(get('/mates', { cookie: 'session=1' }), page('<p>mine</p>', ['mates']));
		expect(cache.lookup(get('/mates'))).toBeNull();
	});

	it('lets pages expire, and drops the oldest beyond its size', () => {
		let now = 0;
		const cache = new PageCache({ negotiate: negotiateLocale, ttlMs: 1000, maxEntries: 2, now: () => now });
		cache.store(get('/a'), page('a', ['x']));
		cache.store(get('/b'), page('b', ['x']));
		cache.store(get('/c'), page('c', ['x']));
		expect(cache.lookup(get('/a'))).toBeNull();
		expect(cache.lookup(get('/c'))).not.toBeNull();
		now = 1000;
		expect(cache.lookup(get('/c'))).toBeNull();
		expect(cache.hits).toBe(1);
	});

	it('answers every kept page with a CSP nonce of its own, in the header and at each place in the page', () => {
		const cache = new PageCache({ negotiate: negotiateLocale });
		const rendered = 'abc123RENDERED==';
		const html = `<link nonce="${rendered}"><p>Hi</p><script nonce="${rendered}">go()</script>`;
		cache.store(get('/stories/a'), {
			status: 200,
			headers: [
				['content-type', 'text/html'],
				['etag', '"v1"'],
				['content-security-policy', `script-src 'self' 'nonce-${rendered}'; object-src 'none'`]
			],
			body: new TextEncoder().encode(html),
			tags: ['story:a']
		});
		const answers = [cache.lookup(get('/stories/a'))!, cache.lookup(get('/stories/a'))!];
		const nonces = answers.map((answer) => {
			const csp = answer.headers.find(([name]) => name === 'content-security-policy')![1];
			const nonce = /'nonce-([^']+)'/.exec(csp)![1];
			expect(csp).toBe(`script-src 'self' 'nonce-${nonce}'; object-src 'none'`);
			expect(text(answer)).toBe(html.replaceAll(rendered, nonce));
			expect(answer.bytes).toBe(Buffer.byteLength(text(answer)!));
			expect(answer.etag).toBe('"v1"');
			return nonce;
		});
		expect(nonces[0]).not.toBe(rendered);
		expect(nonces[1]).not.toBe(nonces[0]);
		expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
	});
});
