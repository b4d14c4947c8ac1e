import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real video files made at test time with ffmpeg's test pattern (no fixtures checked in): MP4 (the
 * index written last, as cameras do), WebM, and a phone-style MP4 recorded on its side.
 */
export async function makeVideo(
	kind: 'mp4' | 'webm' | 'mov' | 'rotated-mp4',
	opts: { width?: number; height?: number; seconds?: number } = {}
): Promise<Buffer> {
	const { width = 320, height = 240, seconds = 2 } = opts;
	const dir = await mkdtemp(join(tmpdir(), 'sotong-video-'));
	const ext = kind === 'rotated-mp4' ? 'mp4' : kind;
	const out = join(dir, `out.${ext}`);
	const source = ['-f', 'lavfi', '-i', `testsrc=size=${width}x${height}:rate=25:duration=${seconds}`];
	const codec =
		kind === 'webm' ? ['-c:v', 'libvpx', '-b:v', '200k'] : ['-c:v', 'libx264', '-pix_fmt', 'yuv420p'];
	try {
		await ffmpeg(['-v', 'error', '-y', ...source, ...codec, out]);
		if (kind !== 'rotated-mp4') return await readFile(out);
		// A phone held upright stores the picture sideways and says so in the stream's display matrix.
		const turned = join(dir, 'turned.mp4');
		await ffmpeg(['-v', 'error', '-y', '-i', out, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', turned]);
		return await readFile(turned);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

function ffmpeg(args: string[]) {
	return new Promise<void>((resolve, reject) =>
		execFile('ffmpeg', args, { timeout: 60_000 }, (err) => (err ? reject(err) : resolve()))
	);
}

/** A PHP script a person might name `holiday.mp4`. */
export const phpAsMp4 = Buffer.from('<?php system($_GET["c"]); ?>\n');
