import type { MediaService } from '../media/service.ts';
import { imageIdsIn, renderDocument, type ImageInfo } from './document.ts';
import type { story } from './schema.ts';

/** A story as pages show it: the body rendered to safe HTML, dates as ISO strings. */
export function presentStory(s: typeof story.$inferSelect, images: Map<string, ImageInfo> = new Map()) {
	return {
		id: s.id,
		slug: s.slug,
		title: s.title,
		summary: s.summary,
		language: s.language,
		kind: s.kind,
		bodyHtml: renderDocument(s.body, images),
		topics: s.topics,
		districts: s.districts,
		places: s.places,
		publishedAt: s.publishedAt?.toISOString() ?? null,
		updatedAt: s.updatedAt.toISOString()
	};
}

/** The same, with the sizes and variants of the story's images looked up first. */
export async function presentStoryWithImages(
	s: typeof story.$inferSelect,
	media: Pick<MediaService, 'imagesByIds'>
) {
	return presentStory(s, await media.imagesByIds(imageIdsIn(s.body)));
}
