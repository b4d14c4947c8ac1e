import { inArray } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { Storage } from '../core/storage.ts';
import { imageFolder, videoFolder } from './folders.ts';
import { image, video } from './schema.ts';

/** Images and videos that go together (an account deleted, uploads nothing shows any more). */
export interface GoneMedia {
	images: string[];
	videos: string[];
}

/** Deletes their rows, inside the caller's transaction; files follow once it has committed. */
export async function deleteMediaRows(db: Executor, gone: GoneMedia): Promise<void> {
	if (gone.images.length) await db.delete(image).where(inArray(image.id, gone.images));
	if (gone.videos.length) await db.delete(video).where(inArray(video.id, gone.videos));
}

/** Removes their files (every size of an image, a video with its poster). */
export async function removeMediaFiles(storage: Storage, gone: GoneMedia): Promise<void> {
	for (const id of gone.images) await storage.removeFolder(imageFolder(id));
	for (const id of gone.videos) await storage.removeFolder(videoFolder(id));
}
