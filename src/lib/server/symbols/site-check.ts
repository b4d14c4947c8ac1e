import { Parser } from 'htmlparser2';
import robotsParser from 'robots-parser';
import { FetchRefused, type SafeFetch } from '../core/safe-fetch.ts';
import type { SiteCheckResult } from './schema.ts';

/** The addresses on the city's site that show a Mate is who they say: a page shows one of them. */
export interface MateAddresses {
	/** Prefix of the Mate's symbol images, e.g. https://city/symbols/ana-lima/ */
	symbolPrefix: string;
	/** The Mate's public page and their credentials' verification pages. */
	pages: string[];
}

/** What one page shows: the symbol, a link back, a `rel="me"` link back. */
export function findSigns(html: string, pageUrl: string, mate: MateAddresses): string[] {
	const signs = new Set<string>();
	const absolute = (value: string) => {
		try {
			return new URL(value, pageUrl).href.replace(/[?#].*$/, '').replace(/\/$/, '');
		} catch {
			return '';
		}
	};
	const pages = new Set(mate.pages.map((p) => p.replace(/\/$/, '')));
	const parser = new Parser({
		onopentag(name, attrs) {
			if (name === 'img' && attrs.src && absolute(attrs.src).startsWith(mate.symbolPrefix))
				signs.add('symbol');
			if ((name === 'a' || name === 'link') && attrs.href && pages.has(absolute(attrs.href))) {
				signs.add('link');
				if (/(^|\s)me(\s|$)/i.test(attrs.rel ?? '')) signs.add('rel-me');
			}
		}
	});
	parser.write(html);
	parser.end();
	return [...signs].sort();
}

export interface SiteFinding {
	result: SiteCheckResult;
	detail: string;
}

/**
 * Visits one of a Mate's listed sites as a polite crawler would (robots.txt first, the guarded fetch
 * for both) and says whether the page shows the Mate's symbol or links back to them.
 */
export async function checkSite(
	fetchPage: SafeFetch,
	userAgent: string,
	url: string,
	mate: MateAddresses
): Promise<SiteFinding> {
	let robotsUrl: string;
	try {
		robotsUrl = new URL('/robots.txt', url).href;
	} catch {
		return { result: 'unreachable', detail: 'not_http' };
	}
	try {
		const robots = await fetchPage(robotsUrl).catch((err) => {
			// No robots.txt (an error status) means everything may be read; other failures stop here.
			if (err instanceof FetchRefused && err.reason === 'http_error') return null;
			throw err;
		});
		if (robots && robotsParser(robotsUrl, robots.body).isDisallowed(url, userAgent))
			return { result: 'unreachable', detail: 'robots' };
		const page = await fetchPage(url);
		const signs = findSigns(page.body, page.url, mate);
		return signs.length > 0
			? { result: 'found', detail: signs.join(',') }
			: { result: 'not_found', detail: '' };
	} catch (err) {
		if (err instanceof FetchRefused) return { result: 'unreachable', detail: err.reason };
		throw err;
	}
}
