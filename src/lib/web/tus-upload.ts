import { json, type RequestEvent } from '@sveltejs/kit';
import { app } from '#lib/server/app.ts';
import { AppError } from '#lib/server/core/errors.ts';
import { chunkStored, parseChunk, requireTus, terminated, uploadOffset } from '#lib/server/media/tus.ts';
import { videoSummary } from '#lib/server/media/videos.ts';
import { apiHandler } from '#lib/web/api.ts';

/** Whose upload it is and what it is for; `adding` is true for a request that sends bytes. */
type UploadOwner<E> = (
	event: E,
	adding: boolean
) => Promise<{ ownerId: string; subject: string }> | { ownerId: string; subject: string };

/**
 * The handlers of one resumable upload's address (tus HEAD, PATCH, DELETE, and GET for the video it
 * became), shared by every place that takes videos (a story, a forum post): each says only who owns
 * the upload and what it is for.
 */
export function tusUploadHandlers<E extends RequestEvent & { params: { upload: string } }>(
	owner: UploadOwner<E>
) {
	return {
		/** Where an upload stands (tus HEAD), so a client that lost its connection carries on from there. */
		HEAD: apiHandler<E>(async (event) => {
			const { ownerId, subject } = await owner(event, false);
			requireTus(event.request);
			return uploadOffset(await app().videos.uploadState(ownerId, subject, event.params.upload));
		}),
		/** The next chunk (tus PATCH); the last one also checks and stores the video before answering. */
		PATCH: apiHandler<E>(async (event) => {
			const { ownerId, subject } = await owner(event, true);
			const { offset, body } = parseChunk(event.request);
			return chunkStored(
				await app().videos.receiveChunk(ownerId, subject, event.params.upload, offset, body)
			);
		}),
		/** Cancels an upload (tus termination): every byte of it is removed. */
		DELETE: apiHandler<E>(async (event) => {
			const { ownerId, subject } = await owner(event, false);
			requireTus(event.request);
			await app().videos.cancelUpload(ownerId, subject, event.params.upload);
			return terminated();
		}),
		/** The video a finished upload became: its size, length and files, for the editor to show. */
		GET: apiHandler<E>(async (event) => {
			const { ownerId, subject } = await owner(event, false);
			const { videos } = app();
			const id = await videos.uploadResult(ownerId, subject, event.params.upload);
			const row = (await videos.videosByIds([id])).get(id);
			if (!row) throw new AppError('not_found', 'No such video');
			return json(videoSummary(row), { headers: { 'cache-control': 'no-store' } });
		})
	};
}
