import { Readable } from 'node:stream';
import { formatBytes } from '#lib/server/media/limits.ts';

/** A stored file someone may download only after a permission check (an application's sample). */
export interface PrivateFile {
	name: string;
	contentType: string;
	size: number;
	stream: Readable;
	/** Images (re-encoded by us) may show in the browser; anything stored as sent is only downloaded. */
	inline: boolean;
}

/**
 * The response for a private file: never cached anywhere, never sniffed as another type, and
 * sandboxed (`Content-Security-Policy: sandbox`) so nothing in it can run as this site even when
 * opened directly. Files stored as sent (PDFs) always download (`attachment`).
 */
export function privateFileResponse(file: PrivateFile): Response {
	const disposition = file.inline ? 'inline' : 'attachment';
	const ascii = file.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
	return new Response(Readable.toWeb(file.stream) as ReadableStream, {
		headers: {
			'content-type': file.contentType,
			'content-length': String(file.size),
			'content-disposition': `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "sandbox; default-src 'none'",
			'referrer-policy': 'no-referrer'
		}
	});
}

/** Uploaded samples as a page lists them, with sizes written for people ("1.2 MB"). */
export function sampleFilesForPage(
	files: {
		id: string;
		kind: 'image' | 'pdf';
		name: string;
		bytes: number;
		width: number | null;
		height: number | null;
	}[]
) {
	return files.map(({ bytes, ...f }) => ({ ...f, size: formatBytes(bytes) }));
}
