import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Jobs } from '../core/jobs.ts';
import type { ByteRange, Storage } from '../core/storage.ts';
import { acceptedVideoTypes, posterFrame, probeVideo } from './probe.ts';
import { upload, video, type VideoMime } from './schema.ts';
import { createUploads, type UploadRow } from './uploads.ts';
import { videoFolder } from './folders.ts';
import { checkUnusedLater } from './unused.ts';
import { inList } from '../core/prepared.ts';

export interface VideoDeps {
	db: Database;
	storage: Storage;
	jobs: Jobs;
	clock: Clock;
	/** The longest video a subject takes (forum posts take short clips), or null for no limit. */
	maxSecondsFor?: (subject: string) => number | null;
}

export type VideoRow = typeof video.$inferSelect;

export const posterQueue = 'media.video_poster';

const originalKey = (id: string, container: VideoRow['container']) =>
	`${videoFolder(id)}/original.${container}`;
const posterKey = (id: string) => `${videoFolder(id)}/poster.jpg`;
const fileName = /^(?:original\.(mp4|mov|webm)|(poster)\.jpg)$/;
const mimeOf = Object.fromEntries(
	Object.entries(acceptedVideoTypes).map(([mime, container]) => [container, mime as VideoMime])
);

/** "3 min", "90 s": a length as messages say it. */
const formatDuration = (seconds: number) =>
	seconds % 60 === 0 ? `${seconds / 60} min` : `${Math.round(seconds)} s`;

/** What a story needs to show a video: its size, length and files. */
export function videoSummary(row: VideoRow) {
	return {
		id: row.id,
		status: row.status,
		width: row.width,
		height: row.height,
		duration: row.durationSeconds,
		src: `/media/videos/${row.id}/original.${row.container}`,
		type: row.mime,
		poster: row.hasPoster ? `/media/videos/${row.id}/poster.jpg` : null
	};
}

/**
 * Videos people upload, for Mates' video stories. They arrive as resumable uploads (`uploads.ts`);
 * the complete file is checked by its bytes (`probe.ts`: sniffed type, not cut short, ffprobe finds a
 * picture and a length) and stored as sent — re-encoding is not needed to play MP4, MOV or WebM in
 * browsers and would cost minutes of CPU per video. A poster frame follows from the
 * `media.video_poster` job. A refused or cancelled upload leaves no file and no row.
 */
export function createVideoService(deps: VideoDeps) {
	const { db, storage } = deps;
	// Video stories' pages and cards: prepared once.
	const videosIn = db.select().from(video).where(inList(video.id, 'ids')).prepare('videos_by_ids');

	/** Moves a complete upload into place as a video, or refuses it (then the upload is removed). */
	const accept = async (row: UploadRow, key: string): Promise<string> => {
		const probe = await probeVideo(await storage.localPath(key));
		const maxSeconds = deps.maxSecondsFor?.(row.subject) ?? null;
		if (maxSeconds !== null && probe.durationSeconds > maxSeconds + 0.5)
			throw new AppError('validation_failed', 'Video too long', {
				fields: { file: { key: 'errors.upload.videoTooLong', params: { max: formatDuration(maxSeconds) } } }
			});
		const id = newId();
		const target = originalKey(id, probe.container);
		await storage.move(key, target);
		try {
			await db.transaction(async (tx) => {
				await tx.insert(video).values({
					id,
					ownerId: row.ownerId,
					subject: row.subject,
					mime: probe.mime,
					container: probe.container,
					durationSeconds: probe.durationSeconds,
					width: probe.width,
					height: probe.height,
					bytes: row.length,
					createdAt: deps.clock.now()
				});
				await tx.update(upload).set({ videoId: id }).where(eq(upload.id, row.id));
			});
			await deps.jobs.send(posterQueue, { id });
			await checkUnusedLater(deps.jobs, deps.clock, [id]);
		} catch (err) {
			// Put things back as they were, so asking for the result again can finish the work.
			const undo = async () => {
				await db.update(upload).set({ videoId: null }).where(eq(upload.id, row.id));
				await db.delete(video).where(eq(video.id, id));
				await storage.move(target, key);
				await storage.removeFolder(videoFolder(id));
			};
			await undo().catch(() => undefined);
			throw err;
		}
		return id;
	};

	const uploads = createUploads({ ...deps, accept });

	return {
		...uploads,

		/**
		 * Takes the poster frame of a video (the `media.video_poster` job) and marks it ready. A frame
		 * ffmpeg cannot take marks it failed (the video still plays, without a poster); a timeout on a
		 * busy machine is thrown, so the job is tried again later. Returns the subject, or null.
		 */
		async makePoster(id: string): Promise<string | null> {
			const [row] = await db.select().from(video).where(eq(video.id, id));
			if (!row) return null;
			const path = await storage.localPath(originalKey(id, row.container));
			let jpeg: Buffer;
			try {
				jpeg = await posterFrame(row.container, path, row.durationSeconds);
			} catch (err) {
				if ((err as { killed?: boolean }).killed) throw err;
				await db.update(video).set({ status: 'failed' }).where(eq(video.id, id));
				return row.subject;
			}
			await storage.put(posterKey(id), jpeg);
			await db
				.update(video)
				.set({
					status: 'ready',
					bytes: row.hasPoster ? row.bytes : sql`${video.bytes} + ${jpeg.length}`,
					hasPoster: true
				})
				.where(eq(video.id, id));
			return row.subject;
		},

		/** Videos by id, for rendering video stories and their cards. */
		async videosByIds(ids: string[]): Promise<Map<string, VideoRow>> {
			if (ids.length === 0) return new Map();
			const rows = await videosIn.execute({ ids });
			return new Map(rows.map((r) => [r.id, r]));
		},

		/**
		 * One stored file of a video (`original.<ext>` or `poster.jpg`) with what it belongs to, its type
		 * and size, and a reader for the whole file or one byte range (players seek with Range requests).
		 * Null for names outside that set or files not there.
		 */
		async videoFile(id: string, file: string) {
			const match = fileName.exec(file);
			if (!match || !/^[\w-]{36}$/.test(id)) return null;
			const [row] = await db.select().from(video).where(eq(video.id, id));
			if (!row) return null;
			const ext = match[1];
			if (ext && ext !== row.container) return null;
			const key = ext ? originalKey(id, row.container) : posterKey(id);
			const size = await storage.size(key);
			if (size === null) return null;
			return {
				subject: row.subject,
				contentType: ext ? mimeOf[ext] : 'image/jpeg',
				size,
				read: (range?: ByteRange) => storage.get(key, range)
			};
		}
	};
}

export type VideoService = ReturnType<typeof createVideoService>;
