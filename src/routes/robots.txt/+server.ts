import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';

/** What crawlers may read: the public site; not the console, accounts, private links or the API. */
export const GET: RequestHandler = () => {
	const origin = app().env.ORIGIN;
	const body = [
		'User-agent: *',
		'Allow: /',
		...['/console', '/account', '/write', '/apply/status', '/unsubscribe', '/api/', '/search'].map(
			(p) => `Disallow: ${p}`
		),
		'',
		`Sitemap: ${origin}/sitemap.xml`,
		''
	].join('\n');
	return new Response(body, {
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' }
	});
};
