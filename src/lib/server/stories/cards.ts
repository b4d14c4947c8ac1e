import type { PictureInfo } from '../../media/pictures.ts';
import type { MatesService } from '../mates/service.ts';
import type { MediaService } from '../media/service.ts';
import type { StoryFilter } from './reading.ts';
import type { StoriesService } from './service.ts';

interface CardDeps {
	stories: StoriesService;
	mates: Pick<MatesService, 'profilesOfUsers'>;
	media: Pick<MediaService, 'imagesByIds'>;
}

interface CardRow {
	slug: string;
	title: string;
	summary: string;
	language: string;
	kind: string;
	cover: string | null;
	publishedAt: Date | null;
	/** Null when the writer deleted their account and the story stayed, anonymised. */
	authorId: string | null;
}

/** Stories as cards: writer's name, cover picture (with its sizes) and kind, ready for StoryList. */
export async function cardsOf(deps: Omit<CardDeps, 'stories'>, rows: CardRow[]) {
	const [writers, covers] = await Promise.all([
		deps.mates.profilesOfUsers(rows.map((s) => s.authorId)),
		deps.media.imagesByIds(rows.flatMap((s) => (s.cover ? [s.cover] : [])))
	]);
	return rows.map((s) => {
		const image = s.cover ? covers.get(s.cover) : undefined;
		const cover: PictureInfo | null = image
			? { id: image.id, width: image.width, height: image.height, widths: image.widths }
			: null;
		return {
			slug: s.slug,
			title: s.title,
			summary: s.summary,
			language: s.language,
			kind: s.kind,
			cover,
			publishedAt: s.publishedAt?.toISOString() ?? null,
			author: (s.authorId && writers.get(s.authorId)?.displayName) || null,
			formerMember: s.authorId === null
		};
	});
}

/**
 * The newest published stories as cards. Stories in the reader's language come first; the rest
 * follow, each labelled with its language by the list.
 */
export async function storyCards(
	deps: CardDeps,
	opts: { limit: number; readerLanguage?: string } & Omit<StoryFilter, 'limit'>
) {
	const { limit, readerLanguage, ...filter } = opts;
	const latest = await deps.stories.latestStories({ ...filter, limit: readerLanguage ? limit * 3 : limit });
	const ranked = readerLanguage
		? [...latest].sort(
				(a, b) => Number(b.language === readerLanguage) - Number(a.language === readerLanguage)
			)
		: latest;
	return cardsOf(deps, ranked.slice(0, limit));
}
