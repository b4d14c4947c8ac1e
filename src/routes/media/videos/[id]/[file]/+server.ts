import { error } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import type { RequestEvent, RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { parseRange } from '#lib/server/media/ranges.ts';
import { fileAccess } from '../../../visibility.ts';

/**
 * A video file (`original.<ext>`) or its poster (`poster.jpg`), seen by whoever may see what it
 * belongs to, exactly as for images: a story's videos are public once it is published, and before
 * that only for its writer and reviewers. Range requests are answered (206, or 416 past the end), so
 * players seek without downloading the whole file.
 */
const answer = async ({ params, locals, request }: RequestEvent, withBody: boolean) => {
	const notFound = () => error(404, locals.t('errors.not_found'), { code: 'not_found' });
	const file = await app().videos.videoFile(params.id, params.file);
	if (!file) notFound();
	const { visible, cacheControl } = await fileAccess(locals, file!.subject);
	if (!visible) notFound();
	const { size, contentType } = file!;
	const headers: Record<string, string> = {
		'content-type': contentType,
		'accept-ranges': 'bytes',
		'cache-control': cacheControl
	};
	const range = parseRange(request.headers.get('range'), size);
	if (range === 'unsatisfiable')
		return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } });
	if (range) {
		headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
		headers['content-length'] = String(range.end - range.start + 1);
	} else headers['content-length'] = String(size);
	// HEAD (players probing the size) opens no file.
	const body = withBody ? (Readable.toWeb(await file!.read(range ?? undefined)) as ReadableStream) : null;
	return new Response(body, { status: range ? 206 : 200, headers });
};

export const GET: RequestHandler = (event) => answer(event, true);
export const HEAD: RequestHandler = (event) => answer(event, false);
