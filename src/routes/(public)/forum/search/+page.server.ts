import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { searchTerms } from '#lib/server/core/search.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { highlightParts, snippetAround } from '#lib/search/highlight.ts';
import { localName } from '#lib/i18n/names.ts';

const query = z.string().trim().max(100).catch('');

/**
 * Forum search: topics whose title or posts hold every word of the query, in the categories the
 * reader may read only (a visitor never finds a Mates-only topic), matches marked.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const q = query.parse(url.searchParams.get('q') ?? '');
	const terms = searchTerms(q);
	const reader = forumPolicy.readerOf(locals.viewer);
	const hits = terms.length ? await app().forum.searchTopics(reader, q, 30) : [];
	return {
		q,
		topics: hits.map((h) => ({
			id: h.topicId,
			path: h.path,
			number: h.number,
			category: { slug: h.category.slug, name: localName(locals.locale, h.category) },
			lastPostedAt: h.lastPostedAt.toISOString(),
			title: highlightParts(h.title, terms),
			snippet: highlightParts(snippetAround(h.text, terms), terms)
		}))
	};
};
