import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { forumClipLimits } from '#lib/server/forum/attachments.ts';
import { capabilities, created, parseCreation } from '#lib/server/media/tus.ts';
import { apiHandler } from '#lib/web/api.ts';
import { forumWriter } from '../writer.ts';

/**
 * Starts a resumable upload of a short clip for a forum post (tus creation), as stories' videos do,
 * with the forum's smaller per-file limit; clips longer than the forum takes are refused once probed.
 */
export const POST: RequestHandler = apiHandler(async (event) => {
	const { ownerId, subject } = forumWriter(event);
	const input = parseCreation(event.request);
	const state = await app().videos.startUpload(ownerId, subject, input, {
		maxBytes: forumClipLimits.maxBytes
	});
	return created(`${event.url.pathname}/${state.id}`, state);
});

/** tus discovery: the version and extensions spoken here. */
export const OPTIONS: RequestHandler = () => capabilities();
