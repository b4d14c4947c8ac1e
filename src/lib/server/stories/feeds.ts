import { Feed } from 'feed';
import { renderDocument } from './document.ts';
import type { story } from './schema.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

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
	stories: (typeof story.$inferSelect)[];
	authorName: (authorId: string) => { name: string; link: string } | null;
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
		feed.addItem({
			title: s.title,
			id: link,
			link,
			date: s.updatedAt,
			published: s.publishedAt ?? s.updatedAt,
			description: s.summary || undefined,
			content: renderDocument(s.body),
			category: s.topics.map((name) => ({ name })),
			author: author ? [author] : undefined
		});
	}
	return input.format === 'rss' ? feed.rss2() : input.format === 'atom' ? feed.atom1() : feed.json1();
}
