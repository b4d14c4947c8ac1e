import type { Logger } from '../core/logger.ts';
import type { App } from '../app.ts';
import type { DemoMediaStory } from './media-stories.ts';
import { drawDemoPicture } from './pictures.ts';
import { ffmpegAvailable, makeDemoVideo } from './video.ts';

/** What a save needs to show a demo story's media: its cover, its photos (as the editor sends them), its video. */
export interface DemoMediaFields {
	coverImageId?: string;
	photos?: string;
	videoId?: string;
}

/**
 * Draws a story's cover and photos and uploads them for the story as its writer would (each is
 * re-encoded without metadata and given its variants later by the `media.variants` job), and uploads
 * its video through a resumable upload in one chunk. Null when the story has none of these.
 */
export async function attachDemoMedia(
	app: App,
	authorId: string,
	storyId: string,
	s: DemoMediaStory,
	videoFile: Buffer | null
): Promise<DemoMediaFields | null> {
	const subject = `story:${storyId}`;
	const upload = async (picture: Parameters<typeof drawDemoPicture>[0]) => {
		// In the background: people's own uploads get their picture sizes first.
		const { id } = await app.media.uploadImage(authorId, subject, await drawDemoPicture(picture), {
			background: true
		});
		return id;
	};
	const out: DemoMediaFields = {};
	if (s.photos?.length) {
		const photos = [];
		for (const p of s.photos)
			photos.push({ imageId: await upload(p.picture), alt: p.alt, caption: p.caption });
		out.photos = JSON.stringify(photos);
		out.coverImageId = photos[0].imageId;
	}
	if (s.cover) out.coverImageId = await upload(s.cover);
	if (videoFile) {
		const started = await app.videos.startUpload(authorId, subject, {
			length: videoFile.length,
			type: 'video/mp4'
		});
		const done = await app.videos.receiveChunk(authorId, subject, started.id, 0, once(videoFile));
		if (!done.videoId) throw new Error('The demo video upload did not finish');
		out.videoId = done.videoId;
	}
	return Object.keys(out).length ? out : null;
}

async function* once(bytes: Uint8Array) {
	yield bytes;
}

/**
 * The demo video, made once when first asked for; null (said once, at info level) where ffmpeg is
 * not installed, or (with a warning) when making it fails. Either way the rest of the demo loads.
 */
export function demoVideoMaker(logger: Logger): () => Promise<Buffer | null> {
	let made: Promise<Buffer | null> | undefined;
	return () =>
		(made ??= (async () => {
			if (!(await ffmpegAvailable())) {
				logger.info('demo data: ffmpeg is not installed, so the demo video story is left out');
				return null;
			}
			return makeDemoVideo().catch((err) => {
				logger.warn({ err }, 'demo data: the demo video could not be made; its story is left out');
				return null;
			});
		})());
}
