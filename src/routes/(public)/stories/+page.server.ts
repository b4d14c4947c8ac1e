import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storyCards } from '#lib/server/stories/cards.ts';
import { storyListTag } from '#lib/server/stories/page-tags.ts';
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
	language: z.string().regex(languageCodePattern).optional().catch(undefined)
});

/** The newest published stories, browsable by topic, district and language. */
export const load: PageServerLoad = async ({ url, setHeaders }) => {
	pageShows(setHeaders, [storyListTag]);
	const filter = browse.parse(Object.fromEntries(url.searchParams));
	const stories = await storyCards(app(), {
		limit: 60,
		topic: filter.topic,
		district: filter.district,
		languages: filter.language ? [filter.language] : undefined
	});
	return { filter, stories };
};
