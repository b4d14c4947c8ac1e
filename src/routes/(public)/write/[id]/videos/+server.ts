import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { capabilities, created, parseCreation } from '#lib/server/media/tus.ts';
import { apiHandler } from '#lib/web/api.ts';
import { storyWriter } from './writer.ts';

/**
 * Starts a resumable video upload into a story (tus creation): the declared size is checked against
 * the per-file limit and the writer's quota before any byte is sent. The answer's Location is where
 * the chunks go (`./[upload]`).
 */
export const POST: RequestHandler = apiHandler(async (event) => {
	const { ownerId, subject } = await storyWriter(event, { adding: true });
	const input = parseCreation(event.request);
	const state = await app().videos.startUpload(ownerId, subject, input);
	return created(`${event.url.pathname}/${state.id}`, state);
});

/** tus discovery: the version and extensions spoken here. */
export const OPTIONS: RequestHandler = () => capabilities();
