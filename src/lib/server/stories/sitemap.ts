import { locales } from '../../i18n/index.ts';

/** At most this many addresses go in one sitemap file (the protocol allows 50,000). */
export const sitemapPageSize = 40_000;

const entities: Record<string, string> = {
	'<': '&lt;',
	'>': '&gt;',
	'&': '&amp;',
	'"': '&quot;',
	"'": '&apos;'
};
const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => entities[c]);

/**
 * A sitemap `urlset`: every address with its last change and `hreflang` alternates: a story's
 * translations when it has some (their own language each), otherwise each interface language
 * (`?lang=`); plus x-default.
 */
export function sitemapUrlset(
	origin: string,
	entries: { path: string; updatedAt?: Date; alternates?: { hreflang: string; path: string }[] }[]
): string {
	const link = (hreflang: string, href: string) =>
		`<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`;
	const urls = entries.map(({ path, updatedAt, alternates: versions }) => {
		const loc = `${origin}${path}`;
		const alternates = [
			...(versions?.length
				? versions.map((v) => link(v.hreflang, `${origin}${v.path}`))
				: locales.map((l) => link(l, `${loc}?lang=${l}`))),
			link('x-default', loc)
		].join('');
		const lastmod = updatedAt ? `<lastmod>${updatedAt.toISOString()}</lastmod>` : '';
		return `<url><loc>${escapeXml(loc)}</loc>${lastmod}${alternates}</url>`;
	});
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' +
		urls.join('\n') +
		'</urlset>'
	);
}

/** A sitemap index pointing at numbered sitemap pages, for sites too large for one file. */
export function sitemapIndex(origin: string, pages: number): string {
	const items = Array.from(
		{ length: pages },
		(_, i) => `<sitemap><loc>${escapeXml(`${origin}/sitemap.xml?page=${i + 1}`)}</loc></sitemap>`
	);
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
		items.join('\n') +
		'</sitemapindex>'
	);
}
