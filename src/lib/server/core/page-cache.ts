import { randomBytes } from 'node:crypto';

/**
 * A kept page as it is answered: the same bytes as rendered, with a CSP nonce of its own. The body
 * comes in pieces (the kept bytes around the new nonce), written one after another without copying.
 */
export interface CachedPage {
	status: number;
	headers: [string, string][];
	body: Buffer[];
	bytes: number;
	etag: string;
}

/**
 * A rendered public page as kept. Its Content-Security-Policy nonce is cut out of the headers and the
 * body (`parts` are the bytes between its occurrences), so every answer carries a fresh one: a nonce
 * served twice would let anything that read it once run script on the page.
 */
interface KeptPage {
	status: number;
	headers: [string, string][];
	parts: Buffer[];
	nonce: string | null;
	bytes: number;
	etag: string;
	tags: string[];
	expiresAt: number;
}

const noncePattern = /'nonce-([^']+)'/;

/** The bytes of `body` between the occurrences of `nonce` (the whole body when there is none). */
function cutOut(body: Buffer, nonce: string | null): Buffer[] {
	if (!nonce) return [body];
	const parts: Buffer[] = [];
	let from = 0;
	for (let at = body.indexOf(nonce, from); at >= 0; at = body.indexOf(nonce, from)) {
		parts.push(body.subarray(from, at));
		from = at + nonce.length;
	}
	parts.push(body.subarray(from));
	return parts;
}

// Random bytes drawn from the CSPRNG a page's worth of answers at a time (as randomUUID does): one
// call per 256 nonces instead of one per answer, which cost more than the rest of a cache hit.
let randomPool = Buffer.alloc(0);
let randomAt = 0;

/** 128 random bits, base64: what SvelteKit puts in a rendered page. */
function freshNonce(): string {
	if (randomAt + 16 > randomPool.length) {
		randomPool = randomBytes(4096);
		randomAt = 0;
	}
	randomAt += 16;
	return randomPool.toString('base64', randomAt - 16, randomAt);
}

/** The kept page with a new nonce put back where the rendered one was. */
function withFreshNonce(page: KeptPage): CachedPage {
	const { status, etag } = page;
	if (!page.nonce) return { status, etag, headers: page.headers, body: page.parts, bytes: page.bytes };
	const nonce = freshNonce();
	const glue = Buffer.from(nonce);
	const body: Buffer[] = [];
	page.parts.forEach((part, i) => (i === 0 ? body.push(part) : body.push(glue, part)));
	const headers = page.headers.map(([name, value]): [string, string] =>
		name === 'content-security-policy' ? [name, value.replaceAll(page.nonce!, nonce)] : [name, value]
	);
	const bytes = page.bytes + (page.parts.length - 1) * (glue.byteLength - page.nonce.length);
	return { status, etag, headers, body, bytes };
}

export interface PageCacheOptions {
	/** Turns the language inputs of a request (`?lang`, the locale cookie, Accept-Language) into one language. */
	negotiate: (requested: string | undefined, acceptLanguage: string | null) => string;
	maxEntries?: number;
	maxBytes?: number;
	/** How long a page may be reused at most: bounds what changes with time alone (scheduled stories). */
	ttlMs?: number;
	now?: () => number;
}

/** The cookies a visitor without an account may carry; any other cookie means the page may be personal. */
const anonymousCookies = new Set(['locale']);

interface RequestLike {
	method?: string;
	url?: string;
	headers: Record<string, string | string[] | undefined>;
}

const header = (h: RequestLike['headers'], name: string) => {
	const v = h[name];
	return Array.isArray(v) ? v.join(', ') : (v ?? null);
};

function cookiesOf(cookieHeader: string | null): Map<string, string> | null {
	const cookies = new Map<string, string>();
	if (!cookieHeader) return cookies;
	for (const part of cookieHeader.split(';')) {
		const eq = part.indexOf('=');
		const name = (eq < 0 ? part : part.slice(0, eq)).trim();
		if (!name) continue;
		if (!anonymousCookies.has(name)) return null;
		cookies.set(name, eq < 0 ? '' : part.slice(eq + 1).trim());
	}
	return cookies;
}

/**
 * Rendered HTML of public pages, reused for visitors without an account until what the page shows
 * changes. Pages say what they show with tags (`story:<id>`, `mate:<user id>`, `stories`, `mates`);
 * services call `invalidate` with the same tags after a change commits, so the next request renders
 * afresh. The plain HTTP server in `scripts/serve.js` answers hits before SvelteKit runs, which is
 * what makes a cached story page cheap. Processes sharing a database tell each other what changed
 * (`page-broadcast.ts`); while that channel is down the cache is paused.
 */
export class PageCache {
	readonly #entries = new Map<string, KeptPage>();
	readonly #keysByTag = new Map<string, Set<string>>();
	readonly #opts: Required<PageCacheOptions>;
	#bytes = 0;
	#paused = false;
	hits = 0;
	misses = 0;

	constructor(opts: PageCacheOptions) {
		this.#opts = {
			maxEntries: 5_000,
			maxBytes: 64 * 1024 * 1024,
			ttlMs: 60_000,
			now: Date.now,
			...opts
		};
	}

	/** The key a request's page is kept under, or null when the page must not come from the cache. */
	keyOf(req: RequestLike): string | null {
		if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return null;
		const cookies = cookiesOf(header(req.headers, 'cookie'));
		if (!cookies) return null;
		const url = req.url;
		const q = url.indexOf('?');
		const lang = q < 0 ? null : new URLSearchParams(url.slice(q)).get('lang');
		// A `?lang` the visitor has not chosen before sets a cookie: that response is not shared.
		if (lang && lang !== cookies.get('locale')) return null;
		const locale = this.#opts.negotiate(
			lang ?? cookies.get('locale'),
			header(req.headers, 'accept-language')
		);
		return `${locale} ${url}`;
	}

	/** A kept page for this request, if there is a fresh one. */
	lookup(req: RequestLike): CachedPage | null {
		const key = this.#paused ? null : this.keyOf(req);
		if (key === null) return null;
		const page = this.#entries.get(key);
		if (!page) {
			this.misses++;
			return null;
		}
		if (page.expiresAt <= this.#opts.now()) {
			this.#drop(key);
			this.misses++;
			return null;
		}
		this.hits++;
		return withFreshNonce(page);
	}

	/** Keeps a rendered page (with its ETag among the headers) under the request's key, tagged with what it shows. */
	store(
		req: RequestLike,
		page: { status: number; headers: [string, string][]; body: Uint8Array; tags: string[] }
	): void {
		const key = this.#paused ? null : this.keyOf(req);
		const etag = page.headers.find(([name]) => name === 'etag')?.[1];
		if (key === null || !etag || page.body.byteLength > this.#opts.maxBytes / 16) return;
		this.#drop(key);
		const csp = page.headers.find(([name]) => name === 'content-security-policy')?.[1];
		const nonce = (csp && noncePattern.exec(csp)?.[1]) || null;
		const body = Buffer.from(page.body);
		this.#entries.set(key, {
			status: page.status,
			headers: page.headers,
			parts: cutOut(body, nonce),
			nonce,
			bytes: body.byteLength,
			etag,
			tags: page.tags,
			expiresAt: this.#opts.now() + this.#opts.ttlMs
		});
		this.#bytes += body.byteLength;
		for (const tag of page.tags) {
			let keys = this.#keysByTag.get(tag);
			if (!keys) this.#keysByTag.set(tag, (keys = new Set()));
			keys.add(key);
		}
		// Oldest first: a Map iterates in insertion order.
		for (const oldest of this.#entries.keys()) {
			if (this.#entries.size <= this.#opts.maxEntries && this.#bytes <= this.#opts.maxBytes) break;
			this.#drop(oldest);
		}
	}

	/** Forgets every page that shows any of these things; call after the change has committed. */
	invalidate(tags: string[]): void {
		for (const tag of tags) {
			for (const key of this.#keysByTag.get(tag) ?? []) this.#drop(key);
			this.#keysByTag.delete(tag);
		}
	}

	/** Forgets everything and keeps nothing until `resume`: changes made elsewhere may go unheard. */
	pause(): void {
		this.#paused = true;
		this.clear();
	}

	/** Keeps pages again, once changes made elsewhere are heard. */
	resume(): void {
		this.#paused = false;
	}

	/** Forgets everything (the layout's data changed). */
	clear(): void {
		this.#entries.clear();
		this.#keysByTag.clear();
		this.#bytes = 0;
	}

	get size(): number {
		return this.#entries.size;
	}

	#drop(key: string) {
		const page = this.#entries.get(key);
		if (!page) return;
		this.#entries.delete(key);
		this.#bytes -= page.bytes;
		for (const tag of page.tags) {
			const keys = this.#keysByTag.get(tag);
			keys?.delete(key);
			if (keys?.size === 0) this.#keysByTag.delete(tag);
		}
	}
}

/** What services need of the cache: to say what changed. */
export interface PageInvalidation {
	invalidate(tags: string[]): void;
	clear(): void;
}

const processKey = Symbol.for('sotong.pageCache');

/**
 * Publishes the app's page cache to the plain HTTP server in front of SvelteKit (the same process),
 * which looks it up on `globalThis` under `Symbol.for('sotong.pageCache')`.
 */
export function sharePageCache(cache: PageCache | null): void {
	(globalThis as Record<symbol, unknown>)[processKey] = cache ?? undefined;
}
