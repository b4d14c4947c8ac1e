import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { apiHandler } from '#lib/web/api.ts';
import { forumWriter } from '../writer.ts';

/**
 * The forum editor uploads a picture (chosen, pasted or dropped) through the stories' pipeline:
 * checked by its bytes, re-encoded without metadata, sizes made by a job. The answer says where it is.
 */
export const POST: RequestHandler = apiHandler(async (event) => {
	const { ownerId, subject } = forumWriter(event);
	const file = (await event.request.formData()).get('file');
	const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
	const uploaded = await app().media.uploadImage(ownerId, subject, bytes);
	return json({ ...uploaded, src: `/media/images/${uploaded.id}/master.jpg` }, { status: 201 });
});
