import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { AppError } from '#lib/server/core/errors.ts';
import { chunkStored, parseChunk, requireTus, terminated, uploadOffset } from '#lib/server/media/tus.ts';
import { videoSummary } from '#lib/server/media/videos.ts';
import { apiHandler } from '#lib/web/api.ts';
import { storyWriter } from '../writer.ts';

/** Where an upload stands (tus HEAD), so a client that lost its connection carries on from there. */
export const HEAD: RequestHandler = apiHandler(async (event) => {
	const { ownerId, subject } = await storyWriter(event, { adding: false });
	requireTus(event.request);
	return uploadOffset(await app().videos.uploadState(ownerId, subject, event.params.upload));
});

/** The next chunk (tus PATCH); the last one also checks and stores the video before answering. */
export const PATCH: RequestHandler = apiHandler(async (event) => {
	const { ownerId, subject } = await storyWriter(event, { adding: true });
	const { offset, body } = parseChunk(event.request);
	return chunkStored(await app().videos.receiveChunk(ownerId, subject, event.params.upload, offset, body));
});

/** Cancels an upload (tus termination): every byte of it is removed. */
export const DELETE: RequestHandler = apiHandler(async (event) => {
	const { ownerId, subject } = await storyWriter(event, { adding: false });
	requireTus(event.request);
	await app().videos.cancelUpload(ownerId, subject, event.params.upload);
	return terminated();
});

/** The video a finished upload became: its size, length and files, for the editor to show. */
export const GET: RequestHandler = apiHandler(async (event) => {
	const { ownerId, subject } = await storyWriter(event, { adding: false });
	const { videos } = app();
	const id = await videos.uploadResult(ownerId, subject, event.params.upload);
	const row = (await videos.videosByIds([id])).get(id);
	if (!row) throw new AppError('not_found', 'No such video');
	return json(videoSummary(row), { headers: { 'cache-control': 'no-store' } });
});
