import { and, inArray, lte } from 'drizzle-orm';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import type { Jobs } from '../core/jobs.ts';
import type { Storage } from '../core/storage.ts';
import { image, video } from './schema.ts';
import { deleteMediaRows, removeMediaFiles } from './removal.ts';

/** The job that looks at uploads some time after they came or were taken out of what they belonged to. */
export const unusedCheckQueue = 'media.unused_check';

/**
 * How long an upload may sit unused before it goes: time to save the story it was uploaded for, or to
 * put back a photo taken out by mistake.
 */
export const unusedGraceMs = 24 * 3_600_000;

/** Asks for a check of these images or videos once the grace period is over. */
export async function checkUnusedLater(jobs: Pick<Jobs, 'send'>, clock: Clock, ids: string[]) {
	if (ids.length === 0) return;
	const startAfter = new Date(clock.now().getTime() + unusedGraceMs + 60_000);
	await jobs.send(unusedCheckQueue, { ids }, { startAfter, priority: -1 });
}

export interface UnusedMediaDeps {
	db: Database;
	storage: Storage;
	clock: Clock;
	/**
	 * The ids of media what a subject (`story:<id>`) shows now or in a kept revision; null for a subject
	 * this check does not know, whose media are then kept.
	 */
	inUse: (subject: string) => Promise<Set<string> | null>;
}

/**
 * Removes uploaded images and videos nothing shows any more (a photo taken out of a set, a story's
 * replaced video, an image uploaded for a story never saved), so they stop counting against the
 * writer's storage. Only past the grace period, and only what the subject no longer uses.
 */
export function createUnusedMediaCheck(deps: UnusedMediaDeps) {
	const { db, storage } = deps;
	return {
		/** Checks these ids now; returns the ones removed. */
		async removeIfUnused(ids: string[]): Promise<string[]> {
			if (ids.length === 0) return [];
			const settled = new Date(deps.clock.now().getTime() - unusedGraceMs);
			const [images, videos] = await Promise.all([
				db
					.select({ id: image.id, subject: image.subject })
					.from(image)
					.where(and(inArray(image.id, ids), lte(image.createdAt, settled))),
				db
					.select({ id: video.id, subject: video.subject })
					.from(video)
					.where(and(inArray(video.id, ids), lte(video.createdAt, settled)))
			]);
			const used = new Map<string, Set<string> | null>();
			for (const subject of new Set([...images, ...videos].map((m) => m.subject)))
				used.set(subject, await deps.inUse(subject));
			const unused = (m: { id: string; subject: string }) => {
				const inUse = used.get(m.subject);
				return !!inUse && !inUse.has(m.id);
			};
			const gone = {
				images: images.filter(unused).map((m) => m.id),
				videos: videos.filter(unused).map((m) => m.id)
			};
			await db.transaction((tx) => deleteMediaRows(tx, gone));
			await removeMediaFiles(storage, gone);
			return [...gone.images, ...gone.videos];
		}
	};
}

export type UnusedMediaCheck = ReturnType<typeof createUnusedMediaCheck>;
