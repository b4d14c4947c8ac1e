import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { isCountryCode } from '#lib/server/core/countries.ts';
import { mateListTag } from '#lib/server/mates/page-tags.ts';
import { pageShows } from '#lib/web/http-cache.ts';
import { languageCodePattern } from '#lib/i18n/regions.ts';

const filterInput = z.object({
	country: z.string().refine(isCountryCode).optional().catch(undefined),
	language: z.string().regex(languageCodePattern).optional().catch(undefined),
	cohort: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined)
});

/** The public directory of Mates, filterable by country, language and cohort, with the world map. */
export const load: PageServerLoad = async ({ url, setHeaders }) => {
	pageShows(setHeaders, [mateListTag]);
	const filter = filterInput.parse(Object.fromEntries(url.searchParams));
	const { mates } = app();
	const [people, countries, cohorts] = await Promise.all([
		mates.directory(filter),
		mates.countriesOfMates(),
		mates.listCohorts()
	]);
	return {
		filter,
		mates: people.map((p) => ({
			slug: p.slug,
			displayName: p.displayName,
			nameNative: p.nameNative,
			country: p.country,
			city: p.city,
			languages: p.languages,
			photoKey: p.photoKey,
			terms: p.terms
		})),
		countries,
		years: cohorts.map((c) => c.year)
	};
};
