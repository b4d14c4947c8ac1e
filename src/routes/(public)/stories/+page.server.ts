import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storyCards } from '#lib/server/stories/cards.ts';
import { storyListTag } from '#lib/server/stories/page-tags.ts';
import { mateListTag } from '#lib/server/mates/page-tags.ts';
import { isCountryCode } from '#lib/server/core/countries.ts';
import { pageShows } from '#lib/web/http-cache.ts';
import { districtCodes } from '#lib/places/districts.ts';
import { storyTopics } from '#lib/stories/topics.ts';
import { languageCodePattern } from '#lib/i18n/regions.ts';

const browse = z.object({
	topic: z.enum(storyTopics).optional().catch(undefined),
	district: z
		.string()
		.refine((d) => districtCodes.includes(d))
		.optional()
		.catch(undefined),
	language: z.string().regex(languageCodePattern).optional().catch(undefined),
	/** The writer's country (ISO 3166 alpha-2). */
	country: z
		.string()
		.transform((c) => c.toUpperCase())
		.refine(isCountryCode)
		.optional()
		.catch(undefined)
});

/**
 * The newest published stories, browsable by topic, district, language and the writer's country. The
 * countries come from the Mates' profiles, so the page also shows the Mates list.
 */
export const load: PageServerLoad = async ({ url, setHeaders }) => {
	pageShows(setHeaders, [storyListTag, mateListTag]);
	const filter = browse.parse(Object.fromEntries(url.searchParams));
	const { mates } = app();
	const [authorIds, countries] = await Promise.all([
		filter.country ? mates.userIdsFromCountry(filter.country) : undefined,
		mates.countriesOfMates()
	]);
	const stories = await storyCards(app(), {
		limit: 60,
		topic: filter.topic,
		district: filter.district,
		languages: filter.language ? [filter.language] : undefined,
		authorIds
	});
	return { filter, stories, countries: countries.map((c) => c.country) };
};
