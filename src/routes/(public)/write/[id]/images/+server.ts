import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { apiError } from '#lib/web/api.ts';
import { authorize } from '#lib/web/guards.ts';
import { isAppError } from '#lib/server/core/errors.ts';

/** The editor uploads an image into a story the writer may edit; the answer says where it is. */
export const POST: RequestHandler = async (event) => {
	const viewer = authorize(event, storiesPolicy.canWrite);
	const { stories, media } = app();
	try {
		const s = await stories.storyForWork({ userId: viewer.userId, reviewer: false }, event.params.id);
		if (!s.editable) return apiError('story_locked', event.locals.t);
		const file = (await event.request.formData()).get('file');
		const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		const uploaded = await media.uploadImage(viewer.userId, `story:${s.id}`, bytes);
		return json({ ...uploaded, src: `/media/images/${uploaded.id}/master.jpg` }, { status: 201 });
	} catch (err) {
		if (isAppError(err)) return apiError(err.code, event.locals.t, err.fields);
		throw err;
	}
};
