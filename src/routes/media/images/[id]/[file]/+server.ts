import { error } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';

/**
 * An uploaded image file (master or variant). Who may see it is decided by what it belongs to: a
 * story's images are public once it is published, and before that only for its writer and reviewers.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	const notFound = () => error(404, locals.t('errors.not_found'), { code: 'not_found' });
	const { media, stories } = app();
	const file = await media.imageFile(params.id, params.file);
	if (!file) notFound();
	const [kind, subjectId] = file!.subject.split(':');
	const viewer = locals.viewer && {
		userId: locals.viewer.userId,
		reviewer: storiesPolicy.canReview(locals.viewer)
	};
	const visible = kind === 'story' && (await stories.storyVisibleTo(subjectId, viewer));
	if (!visible) {
		file!.stream.destroy();
		notFound();
	}
	return new Response(Readable.toWeb(file!.stream) as ReadableStream, {
		headers: {
			'content-type': file!.contentType,
			// Files never change under their name; private ones must not sit in shared caches.
			'cache-control': viewer ? 'private, max-age=31536000, immutable' : 'public, max-age=31536000, immutable'
		}
	});
};
