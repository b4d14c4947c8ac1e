import type { PictureInfo } from '../../media/pictures.ts';
import { embedPlayerUrl } from '../../stories/embeds.ts';
import type { MediaService } from '../media/service.ts';
import { videoSummary, type VideoService } from '../media/videos.ts';
import { imageIdsIn, renderDocument, type DocumentLabels, type ImageInfo } from '../content/document.ts';
import { coverOf } from './kinds.ts';
import type { story } from './schema.ts';

/** What pages show of a story: everything but the text kept only for search. */
type StoryRow = Omit<typeof story.$inferSelect, 'searchText' | 'searchGrams'>;

/** A story as pages show it: the body rendered to safe HTML, dates as ISO strings. */
export function presentStory(
	s: StoryRow,
	images: Map<string, ImageInfo> = new Map(),
	labels: DocumentLabels = {}
) {
	return {
		id: s.id,
		slug: s.slug,
		title: s.title,
		summary: s.summary,
		language: s.language,
		kind: s.kind,
		bodyHtml: renderDocument(s.body, images, '', labels),
		topics: s.topics,
		districts: s.districts,
		places: s.places,
		publishedAt: s.publishedAt?.toISOString() ?? null,
		updatedAt: s.updatedAt.toISOString()
	};
}

const pictureOf = (id: string, images: Map<string, ImageInfo>): PictureInfo | null => {
	const info = images.get(id);
	return info ? { id, width: info.width, height: info.height, widths: info.widths } : null;
};

/** Words for videos in a story's text, from a translator (the page's language). */
export const videoLabels = (t: (key: string, params?: Record<string, string>) => string): DocumentLabels => ({
	watchOn: (provider) => t('stories.video.openOn', { provider })
});

/**
 * The same, with what its media need looked up: the sizes and variants of its images (inline, photo
 * set, cover), and its video (an uploaded file with its poster, or a platform's embed player).
 */
export async function presentStoryWithMedia(
	s: StoryRow,
	deps: { media: Pick<MediaService, 'imagesByIds'>; videos: Pick<VideoService, 'videosByIds'> },
	/** How a video in the text is worded without JavaScript (in the reader's language). */
	labels: DocumentLabels = {}
) {
	const cover = coverOf(s);
	const images = await deps.media.imagesByIds([
		...new Set([...imageIdsIn(s.body), ...s.photos.map((p) => p.imageId), ...(cover ? [cover] : [])])
	]);
	const uploaded =
		s.video?.source === 'upload'
			? (await deps.videos.videosByIds([s.video.videoId])).get(s.video.videoId)
			: undefined;
	const video =
		s.video?.source === 'embed'
			? {
					source: 'embed' as const,
					provider: s.video.provider,
					url: s.video.url,
					player: embedPlayerUrl(s.video)
				}
			: uploaded
				? { source: 'upload' as const, ...videoSummary(uploaded) }
				: null;
	return {
		...presentStory(s, images, labels),
		cover: cover ? pictureOf(cover, images) : null,
		// A chosen cover heads an article, unless it already stands in the text.
		hero:
			s.kind === 'article' && s.coverImageId && !imageIdsIn(s.body).includes(s.coverImageId)
				? pictureOf(s.coverImageId, images)
				: null,
		photos: s.photos.flatMap((p) => {
			const picture = pictureOf(p.imageId, images);
			return picture ? [{ picture, alt: p.alt, caption: p.caption }] : [];
		}),
		video
	};
}
