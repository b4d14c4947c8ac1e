import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../core/errors.ts';

/** The image formats people may upload; HEIC needs a libvips built with it (see ARCHITECTURE.md). */
export const acceptedImageTypes = [
	'image/jpeg',
	'image/png',
	'image/webp',
	'image/avif',
	'image/heic'
] as const;

export interface ImageLimits {
	maxBytes: number;
	/** Width × height; larger images are refused before any decoding (decompression bombs). */
	maxPixels: number;
}

export const defaultImageLimits: ImageLimits = { maxBytes: 20 * 1024 * 1024, maxPixels: 50_000_000 };

const refuse = (field: string, key: string, params?: Record<string, string | number>) =>
	new AppError('validation_failed', key, { fields: { [field]: { key, params } } });

/**
 * Checks an uploaded image by its bytes, never its name: the real type is sniffed, and the size and
 * the pixel count (read from the header) are capped before anything is decoded.
 */
export async function inspectImage(
	bytes: Uint8Array,
	field: string,
	limits: ImageLimits = defaultImageLimits
) {
	if (bytes.byteLength === 0) throw refuse(field, 'errors.upload.empty');
	if (bytes.byteLength > limits.maxBytes)
		throw refuse(field, 'errors.upload.tooLarge', { max: `${Math.round(limits.maxBytes / 1024 / 1024)} MB` });
	const sniffed = await fileTypeFromBuffer(bytes);
	const mime = sniffed?.mime === 'image/heif' ? 'image/heic' : sniffed?.mime;
	if (!mime || !(acceptedImageTypes as readonly string[]).includes(mime))
		throw refuse(field, 'errors.upload.notImage');
	let meta: Metadata;
	try {
		meta = await sharp(bytes, { limitInputPixels: false }).metadata();
	} catch (err) {
		throw new AppError('validation_failed', 'Unreadable image', {
			fields: { [field]: { key: 'errors.upload.unreadable' } },
			cause: err
		});
	}
	const { width = 0, height = 0 } = meta;
	if (width * height > limits.maxPixels)
		throw refuse(field, 'errors.upload.tooManyPixels', { max: Math.round(limits.maxPixels / 1_000_000) });
	if (width === 0 || height === 0) throw refuse(field, 'errors.upload.unreadable');
	return { mime, width, height };
}

/**
 * A square portrait: turned upright from its EXIF orientation, cropped around the most interesting
 * part, resized, and re-encoded as WebP without any metadata (no GPS, no camera details).
 */
export async function squarePortrait(
	bytes: Uint8Array,
	size: number,
	field = 'photo',
	limits: ImageLimits = defaultImageLimits
) {
	try {
		return await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error' })
			.rotate()
			.resize(size, size, { fit: 'cover', position: sharp.strategy.attention })
			.webp({ quality: 82 })
			.toBuffer();
	} catch (err) {
		throw new AppError('validation_failed', 'Unreadable image', {
			fields: { [field]: { key: 'errors.upload.unreadable' } },
			cause: err
		});
	}
}
