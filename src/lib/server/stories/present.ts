import { renderDocument } from './document.ts';
import type { story } from './schema.ts';

/** A story as pages show it: the body rendered to safe HTML, dates as ISO strings. */
export function presentStory(s: typeof story.$inferSelect) {
	return {
		id: s.id,
		slug: s.slug,
		title: s.title,
		summary: s.summary,
		language: s.language,
		kind: s.kind,
		bodyHtml: renderDocument(s.body),
		topics: s.topics,
		districts: s.districts,
		places: s.places,
		publishedAt: s.publishedAt?.toISOString() ?? null,
		updatedAt: s.updatedAt.toISOString()
	};
}
