import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { AppError } from '../core/errors.ts';

// HEIC photos (what iPhones take) are HEVC-coded, which the libvips inside sharp cannot decode (it reads
// their header, though). libheif's `heif-convert` (Debian's libheif-examples, decoding with libde265)
// turns them into a JPEG first.

const converterTimeoutMs = 30_000;
/** A photo has one top-level image (depth maps and thumbnails hang off it); more than this is refused. */
const maxImages = 8;

const refuse = (field: string, key: string, cause?: unknown) =>
	new AppError('validation_failed', key, { fields: { [field]: { key } }, cause });

/**
 * The pixels heif-convert would decode, from the headers: every top-level image, not only the primary
 * one sharp reports, so a small photo cannot carry a huge second image past the pixel cap.
 */
export async function heicPixels(bytes: Uint8Array, field: string): Promise<number> {
	try {
		const { pages = 1 } = await sharp(bytes, { limitInputPixels: false }).metadata();
		if (pages > maxImages) throw refuse(field, 'errors.upload.unreadable');
		let pixels = 0;
		for (let page = 0; page < pages; page++) {
			const { width = 0, height = 0 } = await sharp(bytes, { page, limitInputPixels: false }).metadata();
			pixels += width * height;
		}
		return pixels;
	} catch (err) {
		throw err instanceof AppError ? err : refuse(field, 'errors.upload.unreadable', err);
	}
}

/**
 * A HEIC image as a JPEG (quality 95) that the normal image path can check and re-encode. heif-convert
 * applies the HEIF rotation and mirroring (irot/imir) to the pixels but copies the EXIF block, with its
 * orientation, into the JPEG; the EXIF is dropped here so the picture is not turned a second time.
 * The caller has capped the size and the pixels (`heicPixels`); the JPEG is checked again.
 */
export async function heicToJpeg(bytes: Uint8Array, field: string): Promise<Buffer> {
	const dir = await mkdtemp(join(tmpdir(), 'sotong-heic-'));
	try {
		const input = join(dir, 'upload.heic');
		const output = join(dir, 'converted.jpg');
		// With several top-level images heif-convert writes converted-1.jpg, converted-2.jpg, … in the
		// order sharp counts them in; the primary one is the photo.
		const { pages = 1, pagePrimary = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata();
		const primary = pages > 1 ? join(dir, `converted-${pagePrimary + 1}.jpg`) : output;
		await writeFile(input, bytes);
		await new Promise<void>((resolve, reject) => {
			execFile(
				'heif-convert',
				['--quiet', '-q', '95', input, output],
				{ timeout: converterTimeoutMs },
				(err) => (err ? reject(err) : resolve())
			);
		}).catch((err: { code?: unknown; killed?: boolean }) => {
			if (err.code === 'ENOENT') throw refuse(field, 'errors.upload.heicUnsupported', err);
			// A converter that ran out of time says nothing about the file: not a refusal.
			if (err.killed) throw err;
			throw refuse(field, 'errors.upload.unreadable', err);
		});
		const jpeg = await readFile(primary).catch((err: unknown) => {
			throw refuse(field, 'errors.upload.unreadable', err);
		});
		return withoutExif(jpeg);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/** A JPEG without its APP1 segments (EXIF and XMP); everything from the start of scan on is kept as is. */
function withoutExif(jpeg: Buffer): Buffer {
	if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('heif-convert wrote no JPEG');
	const kept: Buffer[] = [jpeg.subarray(0, 2)];
	let at = 2;
	while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
		const marker = jpeg[at + 1];
		if (marker === 0xda) break; // start of scan: entropy-coded data follows
		const end = at + 2 + jpeg.readUInt16BE(at + 2);
		if (marker !== 0xe1) kept.push(jpeg.subarray(at, end));
		at = end;
	}
	kept.push(jpeg.subarray(at));
	return Buffer.concat(kept);
}
