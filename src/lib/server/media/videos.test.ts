import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, type Person } from '../../../../tests/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { makeVideo } from '../../../../tests/support/videos.ts';
import { parseRange } from './ranges.ts';
import { videoSummary } from './videos.ts';

let t: TestApp;
let mate: Person;
beforeAll(async () => {
	t = await createTestApp();
	mate = await createPerson(t.app, { roles: ['mate'] });
});
afterAll(async () => {
	await t?.close();
});

const read = async (stream: NodeJS.ReadableStream) =>
	Buffer.concat(await (stream as never as { toArray(): Promise<Buffer[]> }).toArray());
async function* once(bytes: Uint8Array) {
	yield bytes;
}
/** Uploads a whole video in one chunk and returns its id. */
async function uploadVideo(bytes: Buffer) {
	const s = `story:${randomUUID()}`;
	const { id } = await t.app.videos.startUpload(mate.id, s, { length: bytes.length, type: null });
	const { videoId } = await t.app.videos.receiveChunk(mate.id, s, id, 0, once(bytes));
	return videoId!;
}

describe('uploaded videos', () => {
	it('get a JPEG poster frame (at most 1280 wide) from the job, and are then ready', async () => {
		const id = await uploadVideo(await makeVideo('mp4', { width: 1600, height: 900, seconds: 1 }));
		expect(await t.app.videos.videoFile(id, 'poster.jpg')).toBeNull();
		await t.app.jobs.drain('media.video_poster');
		const row = (await t.app.videos.videosByIds([id])).get(id)!;
		expect(row).toMatchObject({ status: 'ready', hasPoster: true, width: 1600, height: 900 });
		const poster = await t.app.videos.videoFile(id, 'poster.jpg');
		expect(poster?.contentType).toBe('image/jpeg');
		const meta = await sharp(await read(await poster!.read())).metadata();
		expect(meta).toMatchObject({ format: 'jpeg', width: 1280, height: 720 });
		expect(row.bytes).toBe((await t.app.videos.videoFile(id, 'original.mp4'))!.size + poster!.size);
		expect(videoSummary(row)).toMatchObject({
			src: `/media/videos/${id}/original.mp4`,
			poster: `/media/videos/${id}/poster.jpg`,
			type: 'video/mp4'
		});
	});

	it('accept WebM and MOV by their bytes, and report a phone video recorded on its side upright', async () => {
		const webm = await uploadVideo(await makeVideo('webm'));
		const mov = await uploadVideo(await makeVideo('mov'));
		const turned = await uploadVideo(await makeVideo('rotated-mp4'));
		const rows = await t.app.videos.videosByIds([webm, mov, turned]);
		expect(rows.get(webm)).toMatchObject({ mime: 'video/webm', container: 'webm', width: 320, height: 240 });
		expect(rows.get(mov)).toMatchObject({ mime: 'video/quicktime', container: 'mov' });
		expect(rows.get(turned)).toMatchObject({ width: 240, height: 320 });
		expect((await t.app.videos.videoFile(webm, 'original.webm'))?.contentType).toBe('video/webm');
		await t.app.jobs.drain('media.video_poster');
		expect((await t.app.videos.videosByIds([webm])).get(webm)?.status).toBe('ready');
	});

	it('are read in byte ranges, so players can seek', async () => {
		const bytes = await makeVideo('mp4');
		const id = await uploadVideo(bytes);
		const file = (await t.app.videos.videoFile(id, 'original.mp4'))!;
		expect(file.size).toBe(bytes.length);
		expect(await read(await file.read({ start: 0, end: 99 }))).toEqual(bytes.subarray(0, 100));
		expect(await read(await file.read({ start: 5000, end: 5009 }))).toEqual(bytes.subarray(5000, 5010));
		const tail = parseRange('bytes=-16', file.size);
		expect(tail).toEqual({ start: bytes.length - 16, end: bytes.length - 1 });
		expect(await read(await file.read(tail as { start: number; end: number }))).toEqual(bytes.subarray(-16));
		expect(await read(await file.read())).toEqual(bytes);
	});

	it('serve only their own file names', async () => {
		const id = await uploadVideo(await makeVideo('mp4'));
		for (const name of ['original.webm', '../original.mp4', 'original.php', 'poster.png', 'x'])
			expect(await t.app.videos.videoFile(id, name)).toBeNull();
		expect(await t.app.videos.videoFile('not-an-id', 'original.mp4')).toBeNull();
	});
});

describe('Range headers', () => {
	it.each([
		['bytes=0-99', { start: 0, end: 99 }],
		['bytes=100-', { start: 100, end: 999 }],
		['bytes=-100', { start: 900, end: 999 }],
		['bytes=900-5000', { start: 900, end: 999 }],
		['bytes=-5000', { start: 0, end: 999 }],
		['bytes=1000-', 'unsatisfiable'],
		['bytes=2000-3000', 'unsatisfiable'],
		['bytes=-0', 'unsatisfiable'],
		['bytes=0-1,5-6', null],
		['bytes=9-3', null],
		['items=0-1', null],
		[null, null]
	] as const)('%s on 1000 bytes → %j', (header, expected) => {
		expect(parseRange(header, 1000)).toEqual(expected);
	});
});
