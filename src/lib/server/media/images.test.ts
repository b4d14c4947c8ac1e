import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { phpAsJpeg, photoWithGps, pixelBombPng, svgWithScript } from '../../../../tests/support/images.ts';
import { inspectImage, squarePortrait } from './images.ts';

describe('checking uploaded images', () => {
	it('accepts a real photo by its bytes and reports its type and size', async () => {
		expect(await inspectImage(await photoWithGps(), 'photo')).toEqual({
			mime: 'image/jpeg',
			width: 640,
			height: 480
		});
	});

	it.each([
		['a zero-byte file', Buffer.alloc(0), 'errors.upload.empty'],
		['a PHP script named .jpg', phpAsJpeg, 'errors.upload.notImage'],
		['an SVG with a script', svgWithScript, 'errors.upload.notImage'],
		['a 30,000 × 30,000 PNG', pixelBombPng(), 'errors.upload.tooManyPixels']
	])('refuses %s with its own message', async (_what, bytes, key) => {
		const err = await failure(inspectImage(bytes, 'photo'));
		expect(err.code).toBe('validation_failed');
		expect(err.fields?.photo?.key).toBe(key);
	});

	it('refuses a file over the size limit before looking inside', async () => {
		const err = await failure(
			inspectImage(Buffer.alloc(2048, 1), 'photo', { maxBytes: 1024, maxPixels: 1e6 })
		);
		expect(err.fields?.photo?.key).toBe('errors.upload.tooLarge');
	});

	it('refuses a truncated photo when it is decoded', async () => {
		const whole = await photoWithGps();
		const cut = whole.subarray(0, Math.floor(whole.length / 2));
		await inspectImage(cut, 'photo'); // the header alone looks fine
		const err = await failure(squarePortrait(cut, 100));
		expect(err.fields?.photo?.key).toBe('errors.upload.unreadable');
	});
});

describe('portraits', () => {
	it('are square WebP with no EXIF left (no GPS, no camera)', async () => {
		const original = await photoWithGps();
		expect((await sharp(original).metadata()).exif).toBeDefined();
		const portrait = await squarePortrait(original, 200);
		const meta = await sharp(portrait).metadata();
		expect(meta).toMatchObject({ format: 'webp', width: 200, height: 200 });
		expect(meta.exif).toBeUndefined();
		expect(portrait.includes(Buffer.from('TestCam'))).toBe(false);
	});
});
