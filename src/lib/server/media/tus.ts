import { AppError } from '../core/errors.ts';
import type { UploadState } from './uploads.ts';

/**
 * The tus 1.0 wire format (https://tus.io/protocols/resumable-upload): headers in, headers out, over
 * web-standard Request and Response, so the routes stay thin and tests speak the same protocol the
 * browser's `tus-js-client` does. Extensions: creation, termination, expiration.
 */
export const tusVersion = '1.0.0';
export const tusExtensions = 'creation,termination,expiration';
export const chunkContentType = 'application/offset+octet-stream';

const baseHeaders = { 'tus-resumable': tusVersion, 'cache-control': 'no-store' };

const bad = (message: string) => new AppError('bad_request', message);

/**
 * Every tus request carries `Tus-Resumable: 1.0.0`. Besides naming the protocol, it is a header no
 * cross-site form or simple request can send, so another site cannot drive an upload with the
 * visitor's cookies.
 */
export function requireTus(request: Request) {
	if (request.headers.get('tus-resumable') !== tusVersion) throw bad('Tus-Resumable: 1.0.0 is required');
}

const nonNegativeInteger = (value: string | null, name: string) => {
	if (value === null || !/^\d{1,15}$/.test(value)) throw bad(`${name} must be a non-negative integer`);
	return Number(value);
};

/** `Upload-Metadata: filename d2Fsay5tcDQ=,filetype dmlkZW8vbXA0` as a plain record. */
export function parseMetadata(header: string | null): Record<string, string> {
	const out: Record<string, string> = {};
	for (const pair of (header ?? '').split(',')) {
		const [key, value = ''] = pair.trim().split(' ');
		if (key) out[key] = Buffer.from(value, 'base64').toString('utf8');
	}
	return out;
}

/** A creation request (POST): the declared size, and the type the client says it sends. */
export function parseCreation(request: Request): { length: number; type: string | null } {
	requireTus(request);
	if (request.headers.has('upload-defer-length')) throw bad('Upload-Defer-Length is not supported');
	const length = nonNegativeInteger(request.headers.get('upload-length'), 'Upload-Length');
	return { length, type: parseMetadata(request.headers.get('upload-metadata')).filetype ?? null };
}

/** Reads a request body chunk by chunk; stopping early cancels the rest of it. */
async function* chunksOf(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
	if (!body) return;
	const reader = body.getReader();
	let finished = false;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) {
				finished = true;
				return;
			}
			yield value;
		}
	} finally {
		if (!finished) await reader.cancel().catch(() => undefined);
	}
}

/** A chunk (PATCH): where the client thinks the upload stands, and the bytes. */
export function parseChunk(request: Request): { offset: number; body: AsyncIterable<Uint8Array> } {
	requireTus(request);
	if (request.headers.get('content-type') !== chunkContentType)
		throw bad(`Content-Type must be ${chunkContentType}`);
	const offset = nonNegativeInteger(request.headers.get('upload-offset'), 'Upload-Offset');
	return { offset, body: chunksOf(request.body) };
}

const expires = (state: UploadState) => ({ 'upload-expires': state.expiresAt.toUTCString() });

/** 201 Created with the new upload's address. */
export function created(location: string, state: UploadState): Response {
	return new Response(null, {
		status: 201,
		headers: { ...baseHeaders, ...expires(state), location, 'upload-offset': String(state.offset) }
	});
}

/** The answer to HEAD: how far the upload is, and how long it will be. */
export function uploadOffset(state: UploadState): Response {
	return new Response(null, {
		status: 200,
		headers: {
			...baseHeaders,
			...expires(state),
			'upload-offset': String(state.offset),
			'upload-length': String(state.length)
		}
	});
}

/** The answer to a PATCH: the new offset. */
export function chunkStored(state: UploadState): Response {
	return new Response(null, {
		status: 204,
		headers: { ...baseHeaders, ...expires(state), 'upload-offset': String(state.offset) }
	});
}

/** The answer to DELETE (termination). */
export function terminated(): Response {
	return new Response(null, { status: 204, headers: baseHeaders });
}

/** The answer to OPTIONS: what this server speaks. */
export function capabilities(): Response {
	return new Response(null, {
		status: 204,
		headers: { ...baseHeaders, 'tus-version': tusVersion, 'tus-extension': tusExtensions }
	});
}
