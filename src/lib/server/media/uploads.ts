import { and, eq, lte } from 'drizzle-orm';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError, isAppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Jobs } from '../core/jobs.ts';
import type { Storage } from '../core/storage.ts';
import { checkFileSize, checkQuota, checkUploadsAtOnce, formatBytes, mediaLimits } from './limits.ts';
import { upload } from './schema.ts';

/**
 * Resumable uploads (the server side of tus 1.0: creation, offset, chunks, termination, expiration).
 *
 * Written here rather than with `@tus/server`: its v2 `handleWeb(request)` does run inside a
 * SvelteKit `+server.ts`, but it keeps its own state (a FileStore of data files with JSON sidecars,
 * offset = file size, not flushed to disk), answers errors as plain text, and would have us re-derive
 * the owner, the story and the quota inside its hooks. Here the offset lives in the `upload` row and
 * moves only after the bytes are flushed (`Storage.writeAt`), so a crash loses nothing already
 * acknowledged; refusals are our AppErrors with localised messages; and the subset the standard
 * browser client (`tus-js-client`) needs is small.
 */

export type UploadRow = typeof upload.$inferSelect;

/** What a client needs to carry on (tus HEAD) and, once complete, the video it became. */
export interface UploadState {
	id: string;
	offset: number;
	length: number;
	expiresAt: Date;
	videoId: string | null;
}

/** How long an unfinished upload is kept before the sweep removes it. */
export const uploadLifetimeMs = 24 * 60 * 60 * 1000;
export const sweepQueue = 'media.uploads_sweep';

/** Where the bytes of an upload in progress are kept. */
export const uploadKey = (id: string) => `uploads/${id}`;

export interface UploadDeps {
	db: Database;
	storage: Storage;
	jobs: Jobs;
	clock: Clock;
	/**
	 * Turns the complete file of an upload into what it is for (a video) and returns its id; refuses
	 * with a `validation_failed` AppError when the bytes are not acceptable, and the upload is then
	 * removed entirely.
	 */
	accept(row: UploadRow, key: string): Promise<string>;
}

/** Aborts waiting for the next chunk when another request for the same upload takes over. */
async function* abortable(source: AsyncIterable<Uint8Array>, signal: AbortSignal) {
	const iterator = source[Symbol.asyncIterator]();
	const aborted = new Promise<never>((_, reject) =>
		signal.addEventListener('abort', () => reject(new Error('superseded by a newer request')), {
			once: true
		})
	);
	aborted.catch(() => undefined);
	try {
		for (;;) {
			const next = await Promise.race([iterator.next(), aborted]);
			if (next.done) return;
			yield next.value;
		}
	} finally {
		await Promise.resolve(iterator.return?.()).catch(() => undefined);
	}
}

const toState = (row: UploadRow): UploadState => ({
	id: row.id,
	offset: row.offset,
	length: row.length,
	expiresAt: row.expiresAt,
	videoId: row.videoId
});

/** The upload service; see the module comment for why it is ours. */
export function createUploads(deps: UploadDeps) {
	const { db, storage, clock } = deps;
	/**
	 * One request at a time writes an upload (in this process). A newer request for the same upload
	 * means the client gave up on the older one (a dropped connection not noticed yet), so the older
	 * one is stopped, keeps what it wrote, and the newer one goes on from there.
	 */
	const writers = new Map<string, { stop: AbortController; done: Promise<void> }>();
	const takeOver = async (id: string) => {
		for (let current = writers.get(id); current; current = writers.get(id)) {
			current.stop.abort();
			await current.done;
		}
		let release!: () => void;
		const entry = { stop: new AbortController(), done: new Promise<void>((r) => (release = r)) };
		writers.set(id, entry);
		return {
			signal: entry.stop.signal,
			release: () => {
				writers.delete(id);
				release();
			}
		};
	};

	/** The caller's live upload for this subject; anyone else's, or an expired one, does not exist. */
	const load = async (ownerId: string, subject: string, id: string) => {
		const [row] = await db.select().from(upload).where(eq(upload.id, id));
		if (!row || row.ownerId !== ownerId || row.subject !== subject || row.expiresAt <= clock.now())
			throw new AppError('not_found', 'No such upload');
		return row;
	};

	/** Removes an upload and every byte of it: file first, so a crash in between leaves only a row. */
	const discard = async (id: string) => {
		await storage.remove(uploadKey(id));
		await db.delete(upload).where(eq(upload.id, id));
	};

	const accept = async (row: UploadRow) => {
		try {
			return await deps.accept(row, uploadKey(row.id));
		} catch (err) {
			if (isAppError(err) && err.code === 'validation_failed') await discard(row.id);
			throw err;
		}
	};

	return {
		/**
		 * Starts an upload of `length` bytes for a subject. The per-file limit, the person's quota (the
		 * declared size counts from now) and the number of uploads running at once are checked here,
		 * before a single byte is sent. No file exists until the first chunk arrives.
		 */
		async startUpload(
			ownerId: string,
			subject: string,
			input: { length: number; type: string | null },
			/** A smaller per-file limit than the administrator's, for what takes short clips only. */
			opts: { maxBytes?: number } = {}
		): Promise<UploadState> {
			const limits = await mediaLimits(db);
			checkFileSize(input.length, Math.min(limits.maxVideoBytes, opts.maxBytes ?? Infinity));
			const now = clock.now();
			const row = await db.transaction(async (tx) => {
				await checkQuota(tx, ownerId, input.length, limits.quotaBytes);
				await checkUploadsAtOnce(tx, ownerId);
				const [created] = await tx
					.insert(upload)
					.values({
						id: newId(),
						ownerId,
						subject,
						length: input.length,
						declaredType: input.type?.slice(0, 100) ?? null,
						createdAt: now,
						expiresAt: new Date(now.getTime() + uploadLifetimeMs)
					})
					.returning();
				return created;
			});
			await deps.jobs.send(sweepQueue, {}, { startAfter: new Date(row.expiresAt.getTime() + 60_000) });
			return toState(row);
		},

		/** Where an upload stands (tus HEAD): how many bytes are safely stored. */
		async uploadState(ownerId: string, subject: string, id: string): Promise<UploadState> {
			return toState(await load(ownerId, subject, id));
		},

		/**
		 * Appends one chunk (tus PATCH) at `offset`, which must be where the upload stands (409
		 * otherwise, and the client asks again). Never takes more than the declared size. The new offset
		 * is recorded only after the bytes are flushed; a chunk cut off by a dropped connection keeps
		 * what arrived. The chunk that completes the upload turns it into a video before answering.
		 */
		async receiveChunk(
			ownerId: string,
			subject: string,
			id: string,
			offset: number,
			body: AsyncIterable<Uint8Array>
		): Promise<UploadState> {
			await load(ownerId, subject, id);
			const writer = await takeOver(id);
			try {
				const row = await load(ownerId, subject, id);
				if (row.videoId || offset !== row.offset)
					throw new AppError('conflict', `Upload is at ${row.offset}, not ${offset}`);
				const result = await storage.writeAt(
					uploadKey(id),
					offset,
					abortable(body, writer.signal),
					row.length - offset
				);
				if (result.overflow)
					throw new AppError('validation_failed', 'More bytes than declared', {
						fields: { file: { key: 'errors.upload.tooLarge', params: { max: formatBytes(row.length) } } }
					});
				const now = row.offset + result.written;
				const [moved] = await db
					.update(upload)
					.set({ offset: now })
					.where(and(eq(upload.id, id), eq(upload.offset, row.offset)))
					.returning();
				if (!moved) throw new AppError('conflict', 'Upload moved on meanwhile');
				if (now < row.length) return toState(moved);
				const videoId = await accept(moved);
				return { ...toState(moved), videoId };
			} finally {
				writer.release();
			}
		},

		/**
		 * The video a complete upload became. A client that lost the answer to its last chunk (or a
		 * server that stopped right after storing it) finishes the work here instead of starting over.
		 */
		async uploadResult(ownerId: string, subject: string, id: string): Promise<string> {
			const row = await load(ownerId, subject, id);
			if (row.videoId) return row.videoId;
			if (row.offset < row.length) throw new AppError('conflict', 'The upload is not complete');
			const writer = await takeOver(id);
			try {
				const current = await load(ownerId, subject, id);
				return current.videoId ?? (await accept(current));
			} finally {
				writer.release();
			}
		},

		/**
		 * Cancels an upload (tus DELETE): a chunk still arriving is stopped, and the file and the row
		 * are removed. A finished upload is a video by now and is not removed this way.
		 */
		async cancelUpload(ownerId: string, subject: string, id: string): Promise<void> {
			await load(ownerId, subject, id);
			const writer = await takeOver(id);
			try {
				const row = await load(ownerId, subject, id);
				if (row.videoId) throw new AppError('conflict', 'The upload has finished');
				await discard(id);
			} finally {
				writer.release();
			}
		},

		/**
		 * Removes uploads past their expiry, with their bytes (the `media.uploads_sweep` job, queued for
		 * each upload's expiry when it starts). One still being written is left for the next sweep.
		 */
		async sweepExpiredUploads(): Promise<number> {
			const expired = await db.select().from(upload).where(lte(upload.expiresAt, clock.now()));
			let removed = 0;
			for (const row of expired) {
				if (writers.has(row.id)) {
					await deps.jobs.send(sweepQueue, {}, { startAfter: new Date(clock.now().getTime() + 3600_000) });
					continue;
				}
				if (row.videoId) await db.delete(upload).where(eq(upload.id, row.id));
				else await discard(row.id);
				removed++;
			}
			return removed;
		}
	};
}

export type UploadService = ReturnType<typeof createUploads>;
