import sharp from 'sharp';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { createPerson, type Person } from '../../../../tests/support/factories.ts';
import { heicFrom, heifClaimingSize, heifTurned, photoWithGps } from '../../../../tests/support/images.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { inspectImage, readableImage, squarePortrait } from './images.ts';

// Real HEIC files, made at test time by heif-enc (libheif with x265) and read by heif-convert (libde265).
let t: TestApp;
let mate: Person;
let heic: Buffer;
beforeAll(async () => {
	t = await createTestApp();
	mate = await createPerson(t.app, { roles: ['mate'] });
	heic = await heicFrom(await photoWithGps(2000, 1200));
});
afterAll(async () => {
	await t?.close();
});

const read = async (stream: NodeJS.ReadableStream) =>
	Buffer.concat(await (stream as never as { toArray(): Promise<Buffer[]> }).toArray());
const storedImages = async () =>
	(await readdir(join(t.app.env.storageDir, 'images'), { recursive: true }).catch(() => [])).filter((f) =>
		/\.\w+$/.test(f)
	);
const master = async (id: string) => read((await t.app.media.imageFile(id, 'master.jpg'))!.stream);
const pixel = async (image: Buffer, left: number, top: number) =>
	[...(await sharp(image).extract({ left, top, width: 1, height: 1 }).raw().toBuffer())].slice(0, 3);

describe('HEIC photos (what iPhones take)', () => {
	it('are recognised by their bytes and sized from their header before anything is decoded', async () => {
		expect(heic.includes(Buffer.from('TestCam'))).toBe(true); // the EXIF (with GPS) is in the HEIC
		expect(await inspectImage(heic, 'file')).toEqual({ mime: 'image/heic', width: 2000, height: 1200 });
	});

	it('are stored as a JPEG master without EXIF or GPS, then get variants from the job', async () => {
		const { id, width, height } = await t.app.media.uploadImage(mate.id, 'story:x', heic);
		expect([width, height]).toEqual([2000, 1200]);
		const stored = await master(id);
		const meta = await sharp(stored).metadata();
		expect(meta).toMatchObject({ format: 'jpeg', width: 2000, height: 1200 });
		expect(meta.exif).toBeUndefined();
		expect(stored.includes(Buffer.from('TestCam'))).toBe(false);
		expect(stored.includes(Buffer.from('GPS'))).toBe(false);

		await t.app.jobs.drain('media.variants');
		expect((await t.app.media.imagesByIds([id])).get(id)).toMatchObject({
			status: 'ready',
			widths: [480, 960, 1600]
		});
		const variant = await sharp(await read((await t.app.media.imageFile(id, '960.webp'))!.stream)).metadata();
		expect(variant).toMatchObject({ format: 'webp', width: 960, height: 576 });
		expect(variant.exif).toBeUndefined();
	});

	// An iPhone held upright stores the sensor's landscape picture with an irot box, and its EXIF still
	// says orientation 6. heif-convert applies the irot and copies the EXIF: honouring both turns twice.
	it.each([
		['and its EXIF orientation', 6],
		['alone', undefined]
	])('are turned upright by their container’s rotation %s, once', async (_how, orientation) => {
		const turned = heifTurned(await heicFrom(await photoWithGps(640, 480, orientation)), 3);
		const { id, width, height } = await t.app.media.uploadImage(mate.id, 'story:x', turned);
		expect([width, height]).toEqual([480, 640]);
		// The blue block (x 320–480, y 120–240 of the landscape picture) after a quarter turn clockwise.
		const stored = await master(id);
		const [r, , b] = await pixel(stored, 479 - 180, 400);
		expect(b).toBeGreaterThan(120);
		expect(r).toBeLessThan(80);
		expect((await pixel(stored, 180, 639 - 400))[0]).toBeGreaterThan(150); // not turned the other way
	});

	it('refuse a HEIC cut short as unreadable and store nothing', async () => {
		const before = await storedImages();
		const cut = heic.subarray(0, Math.floor(heic.length / 2));
		const err = await failure(t.app.media.uploadImage(mate.id, 'story:x', cut));
		expect(err.fields?.file?.key).toBe('errors.upload.unreadable');
		expect(await storedImages()).toEqual(before);
	});

	it('refuse a HEIC whose header claims 900 megapixels before decoding it', async () => {
		const before = await storedImages();
		const bomb = heifClaimingSize(heic, 30_000, 30_000);
		const err = await failure(t.app.media.uploadImage(mate.id, 'story:x', bomb));
		expect(err.fields?.file?.key).toBe('errors.upload.tooManyPixels');
		expect(await storedImages()).toEqual(before);
	});

	it('are checked again once decoded, so a header that understates the size does not help', async () => {
		const understated = heifClaimingSize(heic, 100, 100); // the picture is 2000 × 1200
		const limits = { maxBytes: 20 * 1024 * 1024, maxPixels: 1_000_000 };
		expect(await inspectImage(understated, 'file', limits)).toMatchObject({ width: 100, height: 100 });
		const err = await failure(readableImage(understated, 'file', limits));
		expect(err.fields?.file?.key).toBe('errors.upload.tooManyPixels');
	});

	it('count every image they hold against the pixel cap, and are stored as their primary one', async () => {
		const limits = { maxBytes: 20 * 1024 * 1024, maxPixels: 1_000_000 };
		const hidden = await heicFrom(await photoWithGps(640, 480), await photoWithGps(2000, 1200));
		expect((await sharp(hidden).metadata()).pages).toBe(2);
		const err = await failure(inspectImage(hidden, 'file', limits));
		expect(err.fields?.file?.key).toBe('errors.upload.tooManyPixels');

		const two = await heicFrom(await photoWithGps(640, 480), await photoWithGps(320, 240));
		expect(await t.app.media.uploadImage(mate.id, 'story:x', two)).toMatchObject({ width: 640, height: 480 });
	});

	it('make square portraits like any photo', async () => {
		const portrait = await squarePortrait(heic, 200);
		const meta = await sharp(portrait).metadata();
		expect(meta).toMatchObject({ format: 'webp', width: 200, height: 200 });
		expect(meta.exif).toBeUndefined();
	});

	it('are refused with advice to send a JPEG where heif-convert is missing; AVIF still goes to sharp', async () => {
		// An AVIF whose main brand is mif1 is sniffed as HEIF; its compatible brands (avif) send it to sharp.
		const avif = await sharp(await photoWithGps(300, 200))
			.avif()
			.toBuffer();
		avif.write('mif1', 8, 'latin1');
		expect((await inspectImage(avif, 'file')).mime).toBe('image/avif');

		const before = await storedImages();
		const path = process.env.PATH;
		process.env.PATH = '/nonexistent';
		try {
			const err = await failure(t.app.media.uploadImage(mate.id, 'story:x', heic));
			expect(err.code).toBe('validation_failed');
			expect(err.fields?.file?.key).toBe('errors.upload.heicUnsupported');
			expect(await storedImages()).toEqual(before);
			expect(await t.app.media.uploadImage(mate.id, 'story:x', avif)).toMatchObject({
				width: 300,
				height: 200
			});
		} finally {
			process.env.PATH = path;
		}
	});
});
