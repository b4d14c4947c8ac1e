import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storyCards } from '#lib/server/stories/cards.ts';

/** The front page: the latest stories, the reader's language first. */
export const load: PageServerLoad = async ({ locals }) => ({
	latest: await storyCards(app(), { limit: 6, readerLanguage: locals.locale })
});
