/** An image the server stored: its id, size, and the address of its clean master. */
export interface UploadedImage {
	id: string;
	width: number;
	height: number;
	src: string;
}

/** The image types people may choose (checked again by their bytes on the server). */
export const imageTypes = 'image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif';

/**
 * Sends one image to an upload endpoint with a progress report (0–1). Rejects with the server's own
 * message (already in the person's language) when it refuses the file.
 */
export function uploadImageFile(
	url: string,
	file: File,
	onProgress: (fraction: number) => void,
	fallbackMessage: string
): Promise<UploadedImage> {
	return new Promise((resolve, reject) => {
		const request = new XMLHttpRequest();
		request.open('POST', url);
		request.upload.onprogress = (e) => {
			if (e.lengthComputable) onProgress(e.loaded / e.total);
		};
		request.onload = () => {
			let body: Partial<UploadedImage> & { error?: { message: string; fields?: Record<string, string> } };
			try {
				body = JSON.parse(request.responseText || '{}');
			} catch {
				body = {};
			}
			if (request.status === 201 && body.id && body.src) resolve(body as UploadedImage);
			else
				reject(
					new Error(Object.values(body.error?.fields ?? {})[0] ?? body.error?.message ?? fallbackMessage)
				);
		};
		request.onerror = () => reject(new Error(fallbackMessage));
		const form = new FormData();
		form.append('file', file);
		request.send(form);
	});
}
