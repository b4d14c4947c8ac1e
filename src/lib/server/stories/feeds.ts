import { Feed } from 'feed';
import { pictureNear } from '../../media/pictures.ts';
import {
	imageIdsIn,
	pictureHtml,
	renderDocument,
	type DocumentLabels,
	type ImageInfo
} from '../content/document.ts';
import { coverOf } from './kinds.ts';
import type { story } from './schema.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';
type StoryRow = Omit<typeof story.$inferSelect, 'searchText' | 'searchGrams'>;

/** Every image a feed of these stories shows: inline images, photo sets and covers. */
export function feedImageIds(stories: StoryRow[]): string[] {
	return [
		...new Set(
			stories.flatMap((s) =>
				[...imageIdsIn(s.body), ...s.photos.map((p) => p.imageId), coverOf(s) ?? []].flat()
			)
		)
	];
}

/** A story's whole content for a feed reader: its photos, a link to its video, then its text; addresses absolute. */
function feedContent(
	s: StoryRow,
	images: Map<string, ImageInfo>,
	origin: string,
	link: string,
	labels: DocumentLabels
): string {
	const photos = s.photos.flatMap((p) => {
		const info = images.get(p.imageId);
		return info ? [pictureHtml({ id: p.imageId, ...info }, p.alt, origin, p.caption)] : [];
	});
	const video = s.video ? [`<p><a href="${link}">▶ ${link}</a></p>`] : [];
	return [...video, ...photos, renderDocument(s.body, images, origin, labels)].join('\n');
}

export const feedTypes: Record<FeedFormat, string> = {
	rss: 'application/rss+xml; charset=utf-8',
	atom: 'application/atom+xml; charset=utf-8',
	json: 'application/feed+json; charset=utf-8'
};

/**
 * A feed of published stories in RSS 2.0, Atom 1.0 or JSON Feed 1.1 (built with the `feed` package,
 * which escapes everything it writes). Items carry the full text as rendered for the story page.
 */
export function storyFeed(input: {
	format: FeedFormat;
	origin: string;
	title: string;
	description: string;
	/** The query that narrows the feed (`?topic=food`), kept in the feed's own links. */
	query: string;
	language: string;
	stories: StoryRow[];
	/** Sizes and variants of the stories' images (see `feedImageIds`). */
	images: Map<string, ImageInfo>;
	/** How videos in the text are worded (feed readers run no script). */
	labels?: DocumentLabels;
	authorName: (authorId: string | null) => { name: string; link: string } | null;
}): string {
	const { origin, query } = input;
	const newest = input.stories[0]?.updatedAt ?? new Date(0);
	const feed = new Feed({
		id: `${origin}/stories${query}`,
		title: input.title,
		description: input.description,
		link: `${origin}/stories`,
		language: input.language,
		updated: newest,
		generator: 'Sotong',
		copyright: input.title,
		feedLinks: {
			rss: `${origin}/feed.xml${query}`,
			atom: `${origin}/feed.atom${query}`,
			json: `${origin}/feed.json${query}`
		}
	});
	for (const s of input.stories) {
		const link = `${origin}/stories/${encodeURIComponent(s.slug)}`;
		const author = input.authorName(s.authorId);
		const cover = coverOf(s);
		const coverInfo = cover ? input.images.get(cover) : undefined;
		feed.addItem({
			title: s.title,
			id: link,
			link,
			date: s.updatedAt,
			published: s.publishedAt ?? s.updatedAt,
			description: s.summary || undefined,
			content: feedContent(s, input.images, origin, link, input.labels ?? {}),
			image: coverInfo && cover ? origin + pictureNear({ id: cover, ...coverInfo }, 1200) : undefined,
			category: s.topics.map((name) => ({ name })),
			author: author ? [author] : undefined
		});
	}
	return input.format === 'rss' ? feed.rss2() : input.format === 'atom' ? feed.atom1() : feed.json1();
}
