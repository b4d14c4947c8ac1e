import { createHash, randomUUID } from 'node:crypto';
import { appendFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/clock.ts';
import { putSetting } from '../settings/service.ts';
import { createPerson, type Person } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { photoWithGps } from '../../../../tests/support/images.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { makeVideo, phpAsMp4 } from '../../../../tests/support/videos.ts';
import { maxUploadsAtOnce } from './limits.ts';
import { image, upload, video } from './schema.ts';
import { chunkStored, created, parseChunk, parseCreation, parseMetadata, uploadOffset } from './tus.ts';
import { uploadLifetimeMs } from './uploads.ts';

const clock = fixedClock(new Date('2026-05-01T09:00:00Z'));
let t: TestApp;
let mate: Person;
let other: Person;
let mp4: Buffer;
beforeAll(async () => {
	t = await createTestApp({ clock });
	mate = await createPerson(t.app, { roles: ['mate'] });
	other = await createPerson(t.app, { roles: ['mate'] });
	mp4 = await makeVideo('mp4');
});
afterAll(async () => {
	await t?.close();
});
beforeEach(async () => {
	// Each test starts with no uploads left running and the default limits.
	await t.app.db.delete(upload);
	await putSetting(t.app.db, 'media.maxVideoBytes', 500 * 1024 * 1024, null);
	await putSetting(t.app.db, 'media.mateUploadQuotaBytes', 5 * 1024 * 1024 * 1024, null);
});

const subject = () => `story:${randomUUID()}`;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
async function* once(bytes: Uint8Array) {
	yield bytes;
}
/** A chunk whose connection drops after `keep` bytes. */
async function* dropsAfter(bytes: Uint8Array, keep: number) {
	yield bytes.subarray(0, keep);
	throw new Error('socket hang up');
}
/** Every file under the storage root (not folders), as relative paths. */
const storedFiles = async () => {
	const root = t.app.env.storageDir;
	const names = await readdir(root, { recursive: true }).catch(() => [] as string[]);
	const files: string[] = [];
	for (const name of names) if ((await stat(join(root, name))).isFile()) files.push(name);
	return files.sort();
};
const rowsOf = async (owner: Person) => ({
	uploads: await t.app.db.select().from(upload).where(eq(upload.ownerId, owner.id)),
	videos: await t.app.db.select().from(video).where(eq(video.ownerId, owner.id))
});
const storedImageBytes = async (owner: Person) =>
	(await t.app.db.select().from(image).where(eq(image.ownerId, owner.id))).reduce((n, i) => n + i.bytes, 0);
/** Sends a whole file in `parts` chunks; returns the last state. */
async function send(owner: Person, s: string, bytes: Buffer, parts = 3) {
	const { id } = await t.app.videos.startUpload(owner.id, s, { length: bytes.length, type: 'video/mp4' });
	const size = Math.ceil(bytes.length / parts);
	let state = await t.app.videos.uploadState(owner.id, s, id);
	for (let at = 0; at < bytes.length; at += size)
		state = await t.app.videos.receiveChunk(owner.id, s, id, at, once(bytes.subarray(at, at + size)));
	return state;
}

describe('resumable video uploads', () => {
	it('take a video in chunks, resume after a dropped connection, and store it as sent', async () => {
		const s = subject();
		const { id, offset, length } = await t.app.videos.startUpload(mate.id, s, {
			length: mp4.length,
			type: 'video/mp4'
		});
		expect([offset, length]).toEqual([0, mp4.length]);
		const third = Math.floor(mp4.length / 3);
		expect((await t.app.videos.receiveChunk(mate.id, s, id, 0, once(mp4.subarray(0, third)))).offset).toBe(
			third
		);

		// The second chunk's connection drops part-way: what arrived is kept, and the offset says so.
		const state = await t.app.videos.receiveChunk(
			mate.id,
			s,
			id,
			third,
			dropsAfter(mp4.subarray(third, 2 * third), 1000)
		);
		expect(state.offset).toBe(third + 1000);
		expect((await t.app.videos.uploadState(mate.id, s, id)).offset).toBe(third + 1000);

		// A chunk sent for the wrong offset is refused; the client asks again and carries on.
		expect(
			(await failure(t.app.videos.receiveChunk(mate.id, s, id, third, once(Buffer.alloc(1))))).code
		).toBe('conflict');
		const done = await t.app.videos.receiveChunk(
			mate.id,
			s,
			id,
			third + 1000,
			once(mp4.subarray(third + 1000))
		);
		expect(done.offset).toBe(mp4.length);
		expect(done.videoId).toBeTruthy();

		const row = (await t.app.videos.videosByIds([done.videoId!])).get(done.videoId!);
		expect(row).toMatchObject({
			mime: 'video/mp4',
			container: 'mp4',
			width: 320,
			height: 240,
			status: 'processing'
		});
		expect(row!.durationSeconds).toBeCloseTo(2, 1);
		const stored = await readFile(join(t.app.env.storageDir, `videos/${done.videoId}/original.mp4`));
		expect(sha(stored)).toBe(sha(mp4));
		expect(await storedFiles()).not.toContain(`uploads/${id}`);
		// Asking again for the result (a lost answer) gives the same video.
		expect(await t.app.videos.uploadResult(mate.id, s, id)).toBe(done.videoId);
	});

	it('lose nothing acknowledged when the server stopped mid-chunk: the unrecorded tail is written again', async () => {
		const s = subject();
		const { id } = await t.app.videos.startUpload(mate.id, s, { length: mp4.length, type: null });
		const half = Math.floor(mp4.length / 2);
		await t.app.videos.receiveChunk(mate.id, s, id, 0, once(mp4.subarray(0, half)));
		// Bytes that reached the disk but whose offset was never recorded (the process died in between).
		await appendFile(join(t.app.env.storageDir, `uploads/${id}`), Buffer.alloc(777, 0x55));
		const { offset } = await t.app.videos.uploadState(mate.id, s, id);
		expect(offset).toBe(half);
		const done = await t.app.videos.receiveChunk(mate.id, s, id, offset, once(mp4.subarray(offset)));
		const stored = await readFile(join(t.app.env.storageDir, `videos/${done.videoId}/original.mp4`));
		expect(sha(stored)).toBe(sha(mp4));
	});

	it('never take more bytes than declared', async () => {
		const s = subject();
		const { id } = await t.app.videos.startUpload(mate.id, s, { length: 100, type: null });
		const err = await failure(t.app.videos.receiveChunk(mate.id, s, id, 0, once(Buffer.alloc(101))));
		expect(err.fields?.file?.key).toBe('errors.upload.tooLarge');
		expect((await t.app.videos.uploadState(mate.id, s, id)).offset).toBe(0);
	});

	it.each([
		[
			'a truncated MP4 (cut in half)',
			() => mp4.subarray(0, Math.floor(mp4.length / 2)),
			'errors.upload.videoTruncated'
		],
		['a PHP file named .mp4', () => phpAsMp4, 'errors.upload.notVideo'],
		['a photo', () => photoWithGps(), 'errors.upload.notVideo']
	])('refuse %s with a clear message and store nothing', async (_what, make, key) => {
		const bytes = await make();
		const before = await storedFiles();
		const err = await failure(send(other, subject(), bytes));
		expect(err.code).toBe('validation_failed');
		expect(err.fields?.file?.key).toBe(key);
		expect(await rowsOf(other)).toEqual({ uploads: [], videos: [] });
		expect(await storedFiles()).toEqual(before);
	});

	it('refuse a zero-byte upload before it starts', async () => {
		const err = await failure(t.app.videos.startUpload(mate.id, subject(), { length: 0, type: 'video/mp4' }));
		expect(err.fields?.file?.key).toBe('errors.upload.empty');
	});

	it('refuse a file over the administrator’s per-file limit when it starts', async () => {
		await putSetting(t.app.db, 'media.maxVideoBytes', 10 * 1024 * 1024, null);
		const err = await failure(
			t.app.videos.startUpload(mate.id, subject(), { length: 10 * 1024 * 1024 + 1, type: null })
		);
		expect(err.fields?.file).toEqual({ key: 'errors.upload.tooLarge', params: { max: '10 MB' } });
	});

	it('count videos, images and uploads running against the quota', async () => {
		const owner = await createPerson(t.app, { roles: ['mate'] });
		const stored = await send(owner, subject(), mp4);
		await t.app.media.uploadImage(owner.id, subject(), await photoWithGps(300, 200));
		const { videos, uploads } = await rowsOf(owner);
		expect(videos[0].bytes).toBe(mp4.length);
		expect(uploads[0].videoId).toBe(stored.videoId);
		// Everything stored so far is well under 100 KB; two uploads of 600 KB do not fit in 1 MB.
		expect(videos[0].bytes + (await storedImageBytes(owner))).toBeLessThan(100_000);
		await putSetting(t.app.db, 'media.mateUploadQuotaBytes', 1024 * 1024, null);
		await t.app.videos.startUpload(owner.id, subject(), { length: 600_000, type: null });
		const err = await failure(t.app.videos.startUpload(owner.id, subject(), { length: 600_000, type: null }));
		expect(err.fields?.file?.key).toBe('errors.upload.quotaExceeded');
		expect(err.fields?.file?.params?.max).toBe('1 MB');
		// Images count too: with room for 10 more bytes, a photo does not fit.
		const used = videos[0].bytes + (await storedImageBytes(owner)) + 600_000;
		await putSetting(t.app.db, 'media.mateUploadQuotaBytes', used + 10, null);
		const photo = await failure(t.app.media.uploadImage(owner.id, subject(), await photoWithGps(300, 200)));
		expect(photo.fields?.file?.key).toBe('errors.upload.quotaExceeded');
	});

	it(`allow ${maxUploadsAtOnce} uploads at once per person`, async () => {
		for (let i = 0; i < maxUploadsAtOnce; i++)
			await t.app.videos.startUpload(mate.id, subject(), { length: 1000, type: null });
		const err = await failure(t.app.videos.startUpload(mate.id, subject(), { length: 1000, type: null }));
		expect(err.fields?.file?.key).toBe('errors.upload.tooManyAtOnce');
	});

	it('cancel: the chunks stored so far and the upload are removed', async () => {
		const s = subject();
		const before = await storedFiles();
		const { id } = await t.app.videos.startUpload(other.id, s, { length: mp4.length, type: null });
		await t.app.videos.receiveChunk(other.id, s, id, 0, once(mp4.subarray(0, 5000)));
		expect(await storedFiles()).toContain(`uploads/${id}`);
		await t.app.videos.cancelUpload(other.id, s, id);
		expect(await storedFiles()).toEqual(before);
		expect(await rowsOf(other)).toEqual({ uploads: [], videos: [] });
		expect((await failure(t.app.videos.uploadState(other.id, s, id))).code).toBe('not_found');
	});

	it('belong to their owner and story: nobody else can see, append to or cancel them', async () => {
		const s = subject();
		const { id } = await t.app.videos.startUpload(mate.id, s, { length: mp4.length, type: null });
		// One at a time: each attempt starts only once the one before has been refused.
		for (const attempt of [
			() => t.app.videos.uploadState(other.id, s, id),
			() => t.app.videos.receiveChunk(other.id, s, id, 0, once(mp4)),
			() => t.app.videos.cancelUpload(other.id, s, id),
			() => t.app.videos.receiveChunk(mate.id, subject(), id, 0, once(mp4))
		])
			expect((await failure(attempt())).code).toBe('not_found');
		expect((await t.app.videos.uploadState(mate.id, s, id)).offset).toBe(0);
	});

	it('expire: the sweep removes unfinished uploads past their time with their bytes', async () => {
		const s = subject();
		const { id } = await t.app.videos.startUpload(mate.id, s, { length: mp4.length, type: null });
		await t.app.videos.receiveChunk(mate.id, s, id, 0, once(mp4.subarray(0, 4000)));
		expect(await t.app.videos.sweepExpiredUploads()).toBe(0);
		clock.advance(uploadLifetimeMs + 1000);
		expect((await failure(t.app.videos.uploadState(mate.id, s, id))).code).toBe('not_found');
		expect(await t.app.videos.sweepExpiredUploads()).toBe(1);
		expect(await storedFiles()).not.toContain(`uploads/${id}`);
		expect(await t.app.db.select().from(upload).where(eq(upload.id, id))).toEqual([]);
	});
});

describe('the tus protocol', () => {
	const url = 'http://localhost:3999/write/s/videos';
	const tus = { 'tus-resumable': '1.0.0' };

	it('carries a whole upload through creation, offset and chunks, as tus-js-client sends it', async () => {
		const s = subject();
		const metadata = `filename ${btoa('holiday.mp4')},filetype ${btoa('video/mp4')}`;
		const input = parseCreation(
			new Request(url, {
				method: 'POST',
				headers: { ...tus, 'upload-length': String(mp4.length), 'upload-metadata': metadata }
			})
		);
		expect(input).toEqual({ length: mp4.length, type: 'video/mp4' });
		const state = await t.app.videos.startUpload(mate.id, s, input);
		const answer = created(`/write/s/videos/${state.id}`, state);
		expect(answer.status).toBe(201);
		expect(answer.headers.get('location')).toBe(`/write/s/videos/${state.id}`);
		expect(answer.headers.get('tus-resumable')).toBe('1.0.0');

		for (const [from, to] of [
			[0, 6000],
			[6000, mp4.length]
		]) {
			const head = uploadOffset(await t.app.videos.uploadState(mate.id, s, state.id));
			expect(head.headers.get('upload-offset')).toBe(String(from));
			expect(head.headers.get('upload-length')).toBe(String(mp4.length));
			const chunk = parseChunk(
				new Request(`${url}/${state.id}`, {
					method: 'PATCH',
					headers: {
						...tus,
						'content-type': 'application/offset+octet-stream',
						'upload-offset': String(from)
					},
					body: new Uint8Array(mp4.subarray(from, to))
				})
			);
			const stored = chunkStored(
				await t.app.videos.receiveChunk(mate.id, s, state.id, chunk.offset, chunk.body)
			);
			expect(stored.status).toBe(204);
			expect(stored.headers.get('upload-offset')).toBe(String(to));
		}
		expect(await t.app.videos.uploadResult(mate.id, s, state.id)).toBeTruthy();
	});

	it('refuses requests without Tus-Resumable (a cross-site form cannot send it) or with the wrong body type', () => {
		expect(() =>
			parseCreation(new Request(url, { method: 'POST', headers: { 'upload-length': '10' } }))
		).toThrow();
		expect(() =>
			parseCreation(new Request(url, { method: 'POST', headers: { ...tus, 'upload-length': '-1' } }))
		).toThrow();
		expect(() =>
			parseChunk(
				new Request(url, {
					method: 'PATCH',
					headers: { ...tus, 'content-type': 'multipart/form-data', 'upload-offset': '0' },
					body: 'x'
				})
			)
		).toThrow();
		expect(parseMetadata('filename aG9sw6EubXA0,empty')).toEqual({ filename: 'holá.mp4', empty: '' });
	});
});
