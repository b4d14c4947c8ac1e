import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storyCards } from '#lib/server/stories/cards.ts';
import { storyListTag } from '#lib/server/stories/page-tags.ts';
import { mateListTag } from '#lib/server/mates/page-tags.ts';
import { pageShows } from '#lib/web/http-cache.ts';

/** The front page: the latest stories, the reader's language first. */
export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	pageShows(setHeaders, [storyListTag, mateListTag]);
	return { latest: await storyCards(app(), { limit: 6, readerLanguage: locals.locale }) };
};
