import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storyCards } from '#lib/server/stories/cards.ts';
import { storyListTag } from '#lib/server/stories/page-tags.ts';
import { mateListTag } from '#lib/server/mates/page-tags.ts';
import { pageShows } from '#lib/web/http-cache.ts';

/**
 * The front page: stories a reviewer features, the latest others (the reader's language first, the
 * rest labelled), where in Seoul the stories are, and where the Mates come from.
 */
export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	pageShows(setHeaders, [storyListTag, mateListTag]);
	const { stories, mates } = app();
	const readerLanguage = locals.locale;
	const [featured, latest, districts, countries] = await Promise.all([
		storyCards(app(), { limit: 3, readerLanguage, featured: true }),
		storyCards(app(), { limit: 6, readerLanguage, featured: false }),
		stories.storiesPerDistrict(),
		mates.countriesOfMates()
	]);
	return { featured, latest, districts: districts.slice(0, 12), countries: countries.slice(0, 12) };
};
