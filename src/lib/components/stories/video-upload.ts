import { DetailedError, Upload, type PreviousUpload } from 'tus-js-client';

/** The uploaded video as the server describes it once stored (see `videoSummary` in media/videos.ts). */
export interface UploadedVideo {
	id: string;
	status: 'processing' | 'ready' | 'failed';
	width: number;
	height: number;
	/** Seconds. */
	duration: number;
	/** Where the video plays from, and its type for `<source type>`. */
	src: string;
	type: string;
	/** The poster frame; null until the server has taken it (shortly after the upload). */
	poster: string | null;
}

/**
 * An upload the server refused or that could not be completed. `message` is already in the person's
 * language; `fields.file` (when present) says what is wrong with the file itself (too large, not a
 * video, cut short, over the storage allowance).
 */
export class VideoUploadError extends Error {
	readonly code: string;
	readonly status: number;
	readonly fields: Record<string, string>;

	constructor(code: string, message: string, status: number, fields: Record<string, string> = {}) {
		super(fields.file ?? message);
		this.name = 'VideoUploadError';
		this.code = code;
		this.status = status;
		this.fields = fields;
	}
}

export interface UploadVideoOptions {
	/** Called as bytes reach the server, with the share sent so far (0 to 1). */
	onProgress?: (fraction: number) => void;
	/** Aborting cancels the upload and removes what reached the server; the promise rejects with an AbortError. */
	signal?: AbortSignal;
	/**
	 * Bytes per request: small enough that a dropped connection loses little, and well under the built
	 * app's BODY_SIZE_LIMIT (25 MB by default, scripts/serve.js).
	 */
	chunkSize?: number;
}

const defaultChunkSize = 8 * 1024 * 1024;

/** Waits after a failed request before trying again: a dropped connection has about two minutes to come back. */
const retryDelays = [0, 1000, 3000, 5000, 10_000, 20_000, 30_000, 60_000];

const abortError = () => new DOMException('The upload was cancelled', 'AbortError');

/** The server's JSON error (`{ error: { code, message, fields } }`), or a generic one. */
function toUploadError(err: Error): VideoUploadError {
	const response = err instanceof DetailedError ? err.originalResponse : null;
	const status = response?.getStatus() ?? 0;
	try {
		const body = JSON.parse(response?.getBody() ?? '') as {
			error?: { code: string; message: string; fields?: Record<string, string> };
		};
		if (body.error)
			return new VideoUploadError(body.error.code, body.error.message, status, body.error.fields);
	} catch {
		// Not our JSON: a proxy's page, or no answer at all.
	}
	return new VideoUploadError(status === 0 ? 'network' : 'internal', err.message, status);
}

/**
 * Retries what may pass on its own: no answer (offline, dropped connection), a server error, or a
 * 409 about the offset (the client then asks where the upload stands and carries on). A refusal
 * (the story cannot be changed now, the file is not acceptable) is final.
 */
function shouldRetry(err: DetailedError): boolean {
	const status = err.originalResponse?.getStatus() ?? 0;
	if (status === 409) return toUploadError(err).code === 'conflict';
	return (status === 0 || status >= 500 || status === 423) && navigator.onLine !== false;
}

/** Asks the server for the video a finished upload became (the upload's own address answers GET). */
async function fetchResult(url: string): Promise<UploadedVideo> {
	const response = await fetch(url, { headers: { accept: 'application/json' } });
	const body = (await response.json().catch(() => ({}))) as UploadedVideo & {
		error?: { code: string; message: string; fields?: Record<string, string> };
	};
	if (!response.ok || body.error)
		throw new VideoUploadError(
			body.error?.code ?? 'internal',
			body.error?.message ?? response.statusText,
			response.status,
			body.error?.fields
		);
	return body;
}

/**
 * Uploads a video file with the tus protocol to an upload address (a story's `/write/<id>/videos`, the
 * forum's `/forum/uploads/videos`): in chunks, reporting progress, resuming after a dropped connection
 * (and after a page reload, for the same file and address), and cancelled through `signal`, which also
 * removes it from the server. Resolves with the stored video once the server has checked it; rejects
 * with a `VideoUploadError` the page can show as it is.
 */
export function uploadVideo(
	endpoint: string,
	file: File,
	{ onProgress, signal, chunkSize = defaultChunkSize }: UploadVideoOptions = {}
): Promise<UploadedVideo> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(abortError());
		let settled = false;
		const settle = (finish: () => void) => {
			if (settled) return;
			settled = true;
			signal?.removeEventListener('abort', cancel);
			finish();
		};
		const upload = new Upload(file, {
			endpoint,
			chunkSize,
			retryDelays,
			metadata: { filename: file.name, filetype: file.type },
			removeFingerprintOnSuccess: true,
			onShouldRetry: (err) => shouldRetry(err),
			onProgress: (sent, total) => onProgress?.(total > 0 ? sent / total : 0),
			onSuccess: () => {
				fetchResult(upload.url!).then(
					(video) => settle(() => resolve(video)),
					(err: Error) => settle(() => reject(err))
				);
			},
			onError: (err) => settle(() => reject(toUploadError(err)))
		});
		function cancel() {
			settle(() => reject(abortError()));
			// Stops the running request and sends DELETE, so nothing stays behind on the server.
			upload.abort(true).catch(() => undefined);
		}
		signal?.addEventListener('abort', cancel, { once: true });
		upload
			.findPreviousUploads()
			.then((previous: PreviousUpload[]) => {
				if (settled) return;
				if (previous.length > 0) upload.resumeFromPreviousUpload(previous[0]);
				upload.start();
			})
			.catch((err: Error) => settle(() => reject(toUploadError(err))));
	});
}
