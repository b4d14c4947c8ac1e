import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { regionName } from '#lib/i18n/regions.ts';
import { worldMapSvg } from '#lib/server/mates/world-map.ts';

/** The map of where Mates come from, drawn on the server as SVG in the reader's language. */
export const GET: RequestHandler = async ({ locals }) => {
	const counts = await app().mates.countriesOfMates();
	const name = regionName(locals.locale);
	const svg = worldMapSvg(
		new Map(counts.map((c) => [c.country, c.mates])),
		(code, mates) => `${name(code)}: ${locals.t('mates.directory.count', { n: mates })}`,
		locals.t('mates.directory.mapTitle')
	);
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=300, stale-while-revalidate=3600',
			vary: 'Cookie, Accept-Language'
		}
	});
};
