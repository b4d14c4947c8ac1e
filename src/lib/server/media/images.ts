import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../core/errors.ts';
import { heicPixels, heicToJpeg } from './heic.ts';

/** The image formats people may upload; HEIC is decoded by heif-convert first (see heic.ts). */
export const acceptedImageTypes = [
	'image/jpeg',
	'image/png',
	'image/webp',
	'image/avif',
	'image/heic'
] as const;

export type AcceptedImageType = (typeof acceptedImageTypes)[number];

export interface ImageLimits {
	maxBytes: number;
	/** Width × height; larger images are refused before any decoding (decompression bombs). */
	maxPixels: number;
}

export const defaultImageLimits: ImageLimits = { maxBytes: 20 * 1024 * 1024, maxPixels: 50_000_000 };

const refuse = (field: string, key: string, params?: Record<string, string | number>) =>
	new AppError('validation_failed', key, { fields: { [field]: { key, params } } });

/**
 * A HEIF file (sniffed by its main brand) that lists `avif` among its compatible brands, as the AVIF
 * specification requires, holds AV1, which sharp decodes. Any other is treated as HEIC (HEVC, or a codec
 * only heif-convert knows).
 */
function isAvif(bytes: Uint8Array) {
	const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const ftypEnd = Math.min(file.readUInt32BE(0), file.length);
	for (let at = 16; at + 4 <= ftypEnd; at += 4)
		if (['avif', 'avis'].includes(file.toString('latin1', at, at + 4))) return true;
	return false;
}

/**
 * Checks an uploaded image by its bytes, never its name: the real type is sniffed, and the size and
 * the pixel count (read from the header) are capped before anything is decoded. A HEIC photo is
 * reported as such (`readableImage` decodes it); an AVIF whose main brand is `mif1` as an AVIF.
 */
export async function inspectImage(
	bytes: Uint8Array,
	field: string,
	limits: ImageLimits = defaultImageLimits
): Promise<{ mime: AcceptedImageType; width: number; height: number }> {
	if (bytes.byteLength === 0) throw refuse(field, 'errors.upload.empty');
	if (bytes.byteLength > limits.maxBytes)
		throw refuse(field, 'errors.upload.tooLarge', { max: `${Math.round(limits.maxBytes / 1024 / 1024)} MB` });
	const sniffed = (await fileTypeFromBuffer(bytes))?.mime;
	const heif = sniffed === 'image/heic' || sniffed === 'image/heif';
	if (!sniffed || (!heif && !(acceptedImageTypes as readonly string[]).includes(sniffed)))
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
	const mime = !heif ? (sniffed as AcceptedImageType) : isAvif(bytes) ? 'image/avif' : 'image/heic';
	const { width = 0, height = 0 } = meta;
	const pixels = mime === 'image/heic' ? await heicPixels(bytes, field) : width * height;
	if (pixels > limits.maxPixels)
		throw refuse(field, 'errors.upload.tooManyPixels', { max: Math.round(limits.maxPixels / 1_000_000) });
	if (width === 0 || height === 0) throw refuse(field, 'errors.upload.unreadable');
	return { mime, width, height };
}

/**
 * An uploaded image checked by `inspectImage` and in a form sharp decodes: a HEIC photo is converted
 * (heic.ts) and the result checked again, so the pixel cap holds for what was really decoded, not only
 * for what the HEIC header claimed.
 */
export async function readableImage(
	bytes: Uint8Array,
	field: string,
	limits: ImageLimits = defaultImageLimits
) {
	const inspected = await inspectImage(bytes, field, limits);
	if (inspected.mime !== 'image/heic') return { ...inspected, bytes };
	const converted = await heicToJpeg(bytes, field);
	const { width, height } = await inspectImage(converted, field, { ...limits, maxBytes: Infinity });
	return { mime: inspected.mime, width, height, bytes: converted };
}

/**
 * An uploaded image as a clean JPEG master: checked by its bytes (`readableImage`, so HEIC too), turned
 * upright from its EXIF orientation and re-encoded without any metadata (no GPS, no camera details).
 * A file that cannot be decoded to its end (cut short, damaged) is refused on `field`.
 */
export async function cleanJpeg(bytes: Uint8Array, field: string, limits: ImageLimits = defaultImageLimits) {
	const readable = await readableImage(bytes, field, limits);
	try {
		const { data, info } = await sharp(readable.bytes, {
			limitInputPixels: limits.maxPixels,
			failOn: 'error'
		})
			.rotate()
			.jpeg({ quality: 90, mozjpeg: true })
			.toBuffer({ resolveWithObject: true });
		return { data, width: info.width ?? readable.width, height: info.height ?? readable.height };
	} catch (err) {
		throw new AppError('validation_failed', 'Unreadable image', {
			fields: { [field]: { key: 'errors.upload.unreadable' } },
			cause: err
		});
	}
}

/** A small WebP preview of a clean image (no wider or taller than `size`), for lists and review pages. */
export async function thumbnail(clean: Uint8Array, size: number): Promise<Buffer> {
	return sharp(clean)
		.resize(size, size, { fit: 'inside', withoutEnlargement: true })
		.webp({ quality: 75 })
		.toBuffer();
}

/**
 * A square portrait (from any accepted type, HEIC included): turned upright from its EXIF orientation, cropped around the most interesting
 * part, resized, and re-encoded as WebP without any metadata (no GPS, no camera details).
 */
export async function squarePortrait(
	bytes: Uint8Array,
	size: number,
	field = 'photo',
	limits: ImageLimits = defaultImageLimits
) {
	const readable = await readableImage(bytes, field, limits);
	try {
		return await sharp(readable.bytes, { limitInputPixels: limits.maxPixels, failOn: 'error' })
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
