import type { MatesService } from '../mates/service.ts';
import type { StoryFilter } from './reading.ts';
import type { StoriesService } from './service.ts';

/**
 * The newest published stories as cards with their writers' names. Stories in the reader's language
 * come first; the rest follow, each labelled with its language by the list.
 */
export async function storyCards(
	deps: { stories: StoriesService; mates: Pick<MatesService, 'profileOfUser'> },
	opts: { limit: number; readerLanguage?: string } & Omit<StoryFilter, 'limit'>
) {
	const { limit, readerLanguage, ...filter } = opts;
	const latest = await deps.stories.latestStories({ ...filter, limit: readerLanguage ? limit * 3 : limit });
	const ranked = readerLanguage
		? [...latest].sort(
				(a, b) => Number(b.language === readerLanguage) - Number(a.language === readerLanguage)
			)
		: latest;
	const chosen = ranked.slice(0, limit);
	const names = new Map(
		await Promise.all(
			[...new Set(chosen.map((s) => s.authorId))].map(
				async (id) => [id, (await deps.mates.profileOfUser(id))?.displayName ?? null] as const
			)
		)
	);
	return chosen.map((s) => ({
		slug: s.slug,
		title: s.title,
		summary: s.summary,
		language: s.language,
		publishedAt: s.publishedAt?.toISOString() ?? null,
		author: names.get(s.authorId) ?? null
	}));
}
