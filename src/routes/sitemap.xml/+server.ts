import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { sitemapIndex, sitemapPageSize, sitemapUrlset } from '#lib/server/stories/sitemap.ts';
import { conditionalResponse } from '#lib/web/http-cache.ts';

const sitePages = ['/', '/stories', '/mates', '/about', '/apply', '/privacy'];
const storyPath = (slug: string) => `/stories/${encodeURIComponent(slug)}`;

/**
 * The sitemap: one file while the site is small; a sitemap index over numbered pages
 * (`?page=1` holds the site's pages and Mates, later pages the stories) when it is large.
 */
export const GET: RequestHandler = async ({ url, request, locals }) => {
	const { stories, mates, env } = app();
	const total = await stories.countPublished();
	const storyPages = Math.ceil(total / sitemapPageSize);
	const page = url.searchParams.has('page') ? Number(url.searchParams.get('page')) : 0;
	const headers = {
		'content-type': 'application/xml; charset=utf-8',
		'cache-control': 'public, max-age=3600, stale-while-revalidate=86400'
	};
	if (!Number.isInteger(page) || page < 0 || page > storyPages + 1)
		error(404, locals.t('errors.not_found'), { code: 'not_found' });
	const base = async () => [
		...sitePages.map((path) => ({ path })),
		...(await mates.profileAddresses()).map((m) => ({
			path: `/mates/${encodeURIComponent(m.slug)}`,
			updatedAt: m.updatedAt
		}))
	];
	const storyEntries = async (offset: number) =>
		(await stories.publishedAddresses(offset, sitemapPageSize)).map((s) => ({
			path: storyPath(s.slug),
			updatedAt: s.updatedAt,
			alternates: s.alternates.map((v) => ({ hreflang: v.language, path: storyPath(v.slug) }))
		}));
	let body: string;
	if (page === 0 && storyPages <= 1)
		body = sitemapUrlset(env.ORIGIN, [...(await base()), ...(await storyEntries(0))]);
	else if (page === 0) body = sitemapIndex(env.ORIGIN, storyPages + 1);
	else if (page === 1) body = sitemapUrlset(env.ORIGIN, await base());
	else body = sitemapUrlset(env.ORIGIN, await storyEntries((page - 2) * sitemapPageSize));
	return conditionalResponse(request, body, headers);
};
