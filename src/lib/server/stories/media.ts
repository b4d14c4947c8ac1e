import { z } from 'zod';
import { parseVideoLink, type VideoProvider } from '../../stories/embeds.ts';

/** One photo of a photo set: an uploaded image with what it shows (alt) and what the writer says (caption). */
export interface StoryPhoto {
	imageId: string;
	alt: string;
	caption: string;
}

/** The video of a video story: a file uploaded here, or a post on a platform shown through its embed. */
export type StoryVideo =
	| { source: 'upload'; videoId: string }
	| { source: 'embed'; provider: VideoProvider; url: string; embedId: string };

const id = z.string().regex(/^[\w-]{36}$/, 'errors.field.invalid');
const json = (v: unknown) => {
	if (typeof v !== 'string') return v;
	try {
		return v.trim() ? JSON.parse(v) : [];
	} catch {
		return v;
	}
};
const blankToUndefined = (v: unknown) => (typeof v === 'string' && !v.trim() ? undefined : v);

/** A photo set's photos as the form sends them (a JSON list kept by the photo editor). */
export const photosInput = z.preprocess(
	json,
	z
		.array(
			z.object({
				imageId: id,
				alt: z.string().trim().min(1, 'errors.field.altRequired').max(300),
				caption: z.string().trim().max(500).default('')
			}),
			{ error: 'errors.field.invalid' }
		)
		.max(60, 'errors.field.tooManyPhotos')
);

/** The media fields every kind of story may send: cover, photos, and the video as a link or an upload. */
export const storyMediaFields = {
	coverImageId: z.preprocess(blankToUndefined, id.optional()),
	photos: photosInput.default([]),
	videoLink: z.preprocess(
		blankToUndefined,
		z
			.string()
			.max(500)
			.refine((v) => parseVideoLink(v) !== null, 'errors.field.videoLink')
			.optional()
	),
	videoId: z.preprocess(blankToUndefined, id.optional()),
	translationOf: z.preprocess(blankToUndefined, id.optional())
};

/** The stored video from what the form sent: an upload wins over a link, as the writer chose last. */
export function videoFrom(input: { videoId?: string; videoLink?: string }): StoryVideo | null {
	if (input.videoId) return { source: 'upload', videoId: input.videoId };
	const link = input.videoLink ? parseVideoLink(input.videoLink) : null;
	return link && { source: 'embed', ...link };
}
