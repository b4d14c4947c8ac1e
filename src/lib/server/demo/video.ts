import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoLabelPng } from './pictures.ts';

/** DEMO DATA: the demo video's size and length. */
export const demoVideoSize = { width: 640, height: 360, seconds: 3.5 };

/** Whether `ffmpeg` is on PATH (the demo video is made with it; without it that story is left out). */
export async function ffmpegAvailable(): Promise<boolean> {
	try {
		await ffmpeg(['-version']);
		return true;
	} catch {
		return false;
	}
}

/**
 * DEMO DATA: a short MP4 made at seed time from ffmpeg's Mandelbrot source with its colours turning,
 * like a light show on a façade, and the "DEMO VIDEO" label in a corner (a picture overlaid, so no
 * fonts are needed). H.264 with the index first, as browsers play it.
 */
export async function makeDemoVideo(): Promise<Buffer> {
	const { width, height, seconds } = demoVideoSize;
	const dir = await mkdtemp(join(tmpdir(), 'sotong-demo-video-'));
	try {
		const label = join(dir, 'label.png');
		const out = join(dir, 'demo.mp4');
		await writeFile(label, await demoLabelPng('DEMO VIDEO', 2.5));
		await ffmpeg([
			'-v',
			'error',
			'-y',
			'-f',
			'lavfi',
			'-i',
			`mandelbrot=size=${width}x${height}:rate=25:start_scale=1.2:end_scale=0.3`,
			'-i',
			label,
			'-filter_complex',
			'[0:v]hue=h=t*90[bg];[bg][1:v]overlay=W-w-12:H-h-12,format=yuv420p',
			'-t',
			String(seconds),
			'-c:v',
			'libx264',
			'-preset',
			'veryfast',
			'-crf',
			'28',
			'-movflags',
			'+faststart',
			'-an',
			out
		]);
		return await readFile(out);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

function ffmpeg(args: string[]) {
	return new Promise<void>((resolve, reject) =>
		execFile('ffmpeg', args, { timeout: 60_000 }, (err) => (err ? reject(err) : resolve()))
	);
}
