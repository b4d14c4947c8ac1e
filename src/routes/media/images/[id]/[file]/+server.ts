import { error } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { fileAccess } from '../../../visibility.ts';

/**
 * An uploaded image file (master or variant). Who may see it is decided by what it belongs to: a
 * story's images are public once it is published, and before that only for its writer and reviewers.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	const notFound = () => error(404, locals.t('errors.not_found'), { code: 'not_found' });
	const file = await app().media.imageFile(params.id, params.file);
	if (!file) notFound();
	const { visible, cacheControl } = await fileAccess(locals, file!.subject);
	if (!visible) {
		file!.stream.destroy();
		notFound();
	}
	return new Response(Readable.toWeb(file!.stream) as ReadableStream, {
		headers: { 'content-type': file!.contentType, 'cache-control': cacheControl }
	});
};
