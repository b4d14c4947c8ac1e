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
 * A sitemap `urlset`: every address with its last change and `hreflang` alternates for each
 * interface language (`?lang=`), plus x-default.
 */
export function sitemapUrlset(origin: string, entries: { path: string; updatedAt?: Date }[]): string {
	const urls = entries.map(({ path, updatedAt }) => {
		const loc = `${origin}${path}`;
		const alternates = [
			...locales.map(
				(l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(`${loc}?lang=${l}`)}"/>`
			),
			`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(loc)}"/>`
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
