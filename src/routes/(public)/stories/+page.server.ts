import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { storyCards } from '#lib/server/stories/cards.ts';

/** The newest published stories, with their writers' names. */
export const load: PageServerLoad = async () => ({ stories: await storyCards(app(), { limit: 30 }) });
