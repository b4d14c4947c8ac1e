import { hash } from 'node:crypto';
import type { PageCache } from '#lib/server/core/page-cache.ts';

/** A strong ETag for a body: the same bytes always give the same tag. */
export function etagOf(body: string | Uint8Array): string {
	return `"${hash('sha1', body, 'base64url')}"`;
}

const matches = (request: Request, etag: string) =>
	(request.headers.get('if-none-match') ?? '')
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.includes(etag);

/** A response with an ETag that answers 304 Not Modified when the client already has these bytes. */
export function conditionalResponse(
	request: Request,
	body: string,
	headers: Record<string, string>
): Response {
	const etag = etagOf(body);
	if (matches(request, etag)) return new Response(null, { status: 304, headers: { etag, ...headers } });
	return new Response(body, { headers: { etag, ...headers } });
}

/** Paths that are never shared between people: anything signed in, private links, the API. */
const privatePaths =
	/^\/(console|account|write|apply\/status|api|sign-|verify-email|reset-password|invitation|language)/;

/**
 * Public pages for visitors without a session (and with no one-off message waiting) may be cached by
 * browsers and a CDN: they get an ETag (and 304 when unchanged) and a short lifetime served stale while
 * revalidating. Anything personal is left as it is. `html` is the page as SvelteKit rendered it (caught
 * in `transformPageChunk`), so the body is never read back out of the response; responses that did not
 * come from a page render (redirects, endpoints) are left alone.
 */
export function cachePublicPage(
	request: Request,
	response: Response,
	html: string | undefined,
	personal: boolean
): Response {
	if (
		html === undefined ||
		request.method !== 'GET' ||
		personal ||
		response.headers.has('set-cookie') ||
		response.status !== 200 ||
		response.headers.has('cache-control') ||
		!(response.headers.get('content-type') ?? '').startsWith('text/html') ||
		privatePaths.test(new URL(request.url).pathname)
	)
		return response;
	const headers = response.headers;
	// Browsers revalidate every time (a cheap 304 through the ETag); a CDN may keep it a minute.
	headers.set('cache-control', 'public, max-age=0, s-maxage=60, stale-while-revalidate=600');
	headers.set('vary', 'Cookie, Accept-Language');
	// The tag is of the page without its CSP nonce, which is new in every response. SvelteKit answers
	// 304 itself after this hook when the browser has this tag, with only the headers a 304 may carry.
	const nonce = /'nonce-([^']+)'/.exec(headers.get('content-security-policy') ?? '')?.[1];
	headers.set('etag', etagOf(nonce ? html.replaceAll(nonce, '') : html));
	return response;
}

/** The internal header a page's load uses to say what it shows; never sent to the browser. */
const pageTagsHeader = 'x-sotong-page-tags';

/**
 * Says what a public page shows (tags from the modules' `page-tags.ts`), so the in-process page cache
 * may keep it until one of those things changes. Pages that do not call this are never kept.
 */
export function pageShows(setHeaders: (headers: Record<string, string>) => void, tags: string[]): void {
	setHeaders({ [pageTagsHeader]: tags.join(' ') });
}

/**
 * Keeps a public page (one `cachePublicPage` made shareable) in the page cache when its load said
 * what it shows; the internal header is always removed.
 */
export function keepPublicPage(
	request: Request,
	response: Response,
	html: string | undefined,
	cache: PageCache | null
): Response {
	const tags = response.headers.get(pageTagsHeader);
	if (!tags) return response;
	response.headers.delete(pageTagsHeader);
	const shareable = (response.headers.get('cache-control') ?? '').startsWith('public');
	if (!cache || html === undefined || !shareable || response.status !== 200 || request.method !== 'GET')
		return response;
	const url = new URL(request.url);
	cache.store(
		{
			method: 'GET',
			url: url.pathname + url.search,
			headers: {
				cookie: request.headers.get('cookie') ?? undefined,
				'accept-language': request.headers.get('accept-language') ?? undefined
			}
		},
		{ status: 200, headers: [...response.headers], body: Buffer.from(html), tags: tags.split(' ') }
	);
	return response;
}
