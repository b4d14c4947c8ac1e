import sharp from 'sharp';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, type Person } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { phpAsJpeg, photoWithGps, pixelBombPng, svgWithScript } from '../../../../tests/support/images.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';

let t: TestApp;
let mate: Person;
let reviewer: Person;
beforeAll(async () => {
	t = await createTestApp();
	mate = await createPerson(t.app, { roles: ['mate'] });
	reviewer = await createPerson(t.app, { roles: ['content-reviewer'] });
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

describe('uploaded images', () => {
	it('are stored upright without GPS, then get AVIF, WebP and JPEG variants from the job', async () => {
		const { id, width, height } = await t.app.media.uploadImage(
			mate.id,
			'story:x',
			await photoWithGps(2000, 1200)
		);
		expect([width, height]).toEqual([2000, 1200]);
		const master = await read((await t.app.media.imageFile(id, 'master.jpg'))!.stream);
		expect((await sharp(master).metadata()).exif).toBeUndefined();
		expect(master.includes(Buffer.from('TestCam'))).toBe(false);
		expect(await t.app.media.imageFile(id, '960.avif')).toBeNull();

		await t.app.jobs.drain('media.variants');
		const info = (await t.app.media.imagesByIds([id])).get(id);
		expect(info).toMatchObject({ status: 'ready', widths: [480, 960, 1600] });
		for (const [file, format] of [
			['480.avif', 'heif'],
			['960.webp', 'webp'],
			['1600.jpg', 'jpeg']
		] as const) {
			const variant = await t.app.media.imageFile(id, file);
			const meta = await sharp(await read(variant!.stream)).metadata();
			expect(meta.format).toBe(format);
			expect(meta.exif).toBeUndefined();
		}
	});

	it('never make variants wider than the original', async () => {
		const { id } = await t.app.media.uploadImage(mate.id, 'story:x', await photoWithGps(640, 480));
		await t.app.jobs.drain('media.variants');
		expect((await t.app.media.imagesByIds([id])).get(id)?.widths).toEqual([480, 640]);
	});

	it.each([
		['a zero-byte file', Buffer.alloc(0), 'errors.upload.empty'],
		['a PHP file named .jpg', phpAsJpeg, 'errors.upload.notImage'],
		['an SVG with a script', svgWithScript, 'errors.upload.notImage'],
		['a 30,000 × 30,000 PNG', pixelBombPng(), 'errors.upload.tooManyPixels']
	])('refuse %s with a clear message and store nothing', async (_what, bytes, key) => {
		const before = await storedImages();
		const err = await failure(t.app.media.uploadImage(mate.id, 'story:x', bytes));
		expect(err.fields?.file?.key).toBe(key);
		expect(await storedImages()).toEqual(before);
	});

	it('refuse file names outside the stored set', async () => {
		const { id } = await t.app.media.uploadImage(mate.id, 'story:x', await photoWithGps(300, 200));
		for (const name of ['../master.jpg', 'master.png', '480.gif', 'x'])
			expect(await t.app.media.imageFile(id, name)).toBeNull();
	});
});

describe('who sees a story’s images', () => {
	it('the writer and reviewers while it is a draft; everyone once published', async () => {
		const writer = { userId: mate.id, reviewer: false };
		const { id } = await t.app.stories.createStory(writer, {
			title: 'With a photo',
			summary: 'A summary.',
			language: 'en',
			bodyText: 'Enough text to be submitted for review by the writer, surely.'
		});
		const visitor = null;
		const otherMate = { userId: reviewer.id + '-not', reviewer: false };
		expect(await t.app.stories.storyVisibleTo(id, writer)).toBe(true);
		expect(await t.app.stories.storyVisibleTo(id, { userId: reviewer.id, reviewer: true })).toBe(true);
		expect(await t.app.stories.storyVisibleTo(id, visitor)).toBe(false);
		expect(await t.app.stories.storyVisibleTo(id, otherMate)).toBe(false);
		await t.app.stories.moveStory(writer, id, 'submit');
		await t.app.stories.moveStory({ userId: reviewer.id, reviewer: true }, id, 'publish');
		expect(await t.app.stories.storyVisibleTo(id, visitor)).toBe(true);
	});
});
