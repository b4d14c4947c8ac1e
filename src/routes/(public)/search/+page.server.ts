import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { searchTerms } from '#lib/server/core/search.ts';
import { highlightParts, snippetAround } from '#lib/search/highlight.ts';

const query = z.string().trim().max(100).catch('');

/** Search across published stories and Mates; matches come back highlighted. */
export const load: PageServerLoad = async ({ url, setHeaders }) => {
	const q = query.parse(url.searchParams.get('q') ?? '');
	const terms = searchTerms(q);
	const { stories, mates } = app();
	const [storyHits, mateHits] = terms.length
		? await Promise.all([stories.searchStories(q, 30), mates.searchMates(terms, 12)])
		: [[], []];
	const writers = await mates.profilesOfUsers(storyHits.map((s) => s.authorId));
	setHeaders({ 'cache-control': 'public, max-age=60, stale-while-revalidate=300' });
	return {
		q,
		stories: storyHits.map((s) => ({
			slug: s.slug,
			language: s.language,
			publishedAt: s.publishedAt?.toISOString() ?? null,
			author: (s.authorId && writers.get(s.authorId)?.displayName) || null,
			title: highlightParts(s.title, terms),
			snippet: highlightParts(snippetAround(s.searchText.split('\n').slice(1).join(' '), terms), terms)
		})),
		mates: mateHits.map((m) => ({
			slug: m.slug,
			country: m.country,
			city: m.city,
			name: highlightParts(m.displayName, terms)
		}))
	};
};
