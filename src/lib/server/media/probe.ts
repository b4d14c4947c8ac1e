import { execFile } from 'node:child_process';
import { open } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../core/errors.ts';
import type { VideoMime } from './schema.ts';

/** The video containers accepted, by sniffed type, with the extension the file is stored under. */
export const acceptedVideoTypes: Record<VideoMime, 'mp4' | 'mov' | 'webm'> = {
	'video/mp4': 'mp4',
	'video/quicktime': 'mov',
	'video/webm': 'webm'
};

export interface VideoProbe {
	mime: VideoMime;
	container: 'mp4' | 'mov' | 'webm';
	durationSeconds: number;
	/** As shown: a phone video recorded upright reports its rotated size. */
	width: number;
	height: number;
}

const toolTimeoutMs = 60_000;

const refuse = (key: string, cause?: unknown) =>
	new AppError('validation_failed', key, { fields: { file: { key } }, cause });

/** Runs a tool without a shell; its arguments are never interpreted, so a file name cannot inject. */
function run(tool: string, args: string[], maxBuffer = 16 * 1024 * 1024) {
	return new Promise<Buffer>((resolve, reject) => {
		execFile(tool, args, { timeout: toolTimeoutMs, maxBuffer, encoding: 'buffer' }, (err, stdout) =>
			err ? reject(err) : resolve(stdout)
		);
	});
}

/**
 * ffmpeg's input options: the demuxer the sniffed type calls for (never ffmpeg's own guess, which
 * would follow a playlist to other servers) and local files only.
 */
const input = (container: VideoProbe['container'], path: string) => [
	'-protocol_whitelist',
	'file',
	'-f',
	container === 'webm' ? 'matroska' : 'mov',
	'-i',
	`file:${path}`
];

async function readHead(path: string, bytes: number) {
	const file = await open(path, 'r');
	try {
		const buffer = Buffer.alloc(bytes);
		const { bytesRead } = await file.read(buffer, 0, bytes, 0);
		return { head: buffer.subarray(0, bytesRead), size: (await file.stat()).size };
	} finally {
		await file.close();
	}
}

/**
 * MP4 and MOV are a chain of boxes, each starting with its size. A file cut short (an upload that
 * stopped, a copy that failed) has a last box reaching past its end; ffprobe alone still reads such
 * a file when its index comes first, so the chain is walked here.
 */
async function isobmffComplete(path: string, size: number): Promise<boolean> {
	const file = await open(path, 'r');
	try {
		const header = Buffer.alloc(16);
		let at = 0;
		while (at < size) {
			if (size - at < 8) return false;
			await file.read(header, 0, 16, at);
			let boxSize = header.readUInt32BE(0);
			if (boxSize === 1) {
				if (size - at < 16) return false;
				boxSize = Number(header.readBigUInt64BE(8));
			} else if (boxSize === 0) {
				return true; // "to the end of the file"
			}
			if (boxSize < 8 || at + boxSize > size) return false;
			at += boxSize;
		}
		return true;
	} finally {
		await file.close();
	}
}

/** EBML variable-length integer at `at`: its length in bytes and its value (null when "unknown"). */
function vint(buf: Buffer, at: number, keepMarker: boolean) {
	const first = buf[at];
	if (first === undefined || first === 0) return null;
	const length = Math.clz32(first) - 23;
	if (at + length > buf.length) return null;
	let value = keepMarker ? first : first & (0xff >> length);
	let allOnes = value === 0xff >> length;
	for (let i = 1; i < length; i++) {
		value = value * 256 + buf[at + i];
		allOnes &&= buf[at + i] === 0xff;
	}
	return { length, value: !keepMarker && allOnes ? null : value };
}

/** WebM: the Segment after the EBML header says how long it is (when the writer knew); it must fit. */
function webmComplete(head: Buffer, size: number): boolean {
	const id = vint(head, 0, true);
	const headerSize = id && vint(head, id.length, false);
	if (!id || !headerSize || headerSize.value === null) return false;
	const segmentAt = id.length + headerSize.length + headerSize.value;
	const segmentId = vint(head, segmentAt, true);
	const segmentSize = segmentId && vint(head, segmentAt + segmentId.length, false);
	if (!segmentId || !segmentSize) return false;
	if (segmentSize.value === null) return true; // written live (MediaRecorder): the size is unknown
	return segmentAt + segmentId.length + segmentSize.length + segmentSize.value <= size;
}

interface FfprobeOutput {
	format?: { duration?: string };
	streams?: {
		codec_type?: string;
		width?: number;
		height?: number;
		duration?: string;
		tags?: { rotate?: string };
		side_data_list?: { rotation?: number }[];
	}[];
}

/**
 * Checks an uploaded video by its bytes, never its name: the type is sniffed (MP4, MOV or WebM
 * only), a file cut short is refused, and ffprobe must find a video stream with a size and a
 * duration. Refusals are field errors on `file` with their own message key.
 */
export async function probeVideo(path: string): Promise<VideoProbe> {
	const { head, size } = await readHead(path, 64 * 1024);
	if (size === 0) throw refuse('errors.upload.empty');
	const sniffed = (await fileTypeFromBuffer(head))?.mime as VideoMime | undefined;
	const container = sniffed && acceptedVideoTypes[sniffed];
	if (!sniffed || !container) throw refuse('errors.upload.notVideo');
	const complete = container === 'webm' ? webmComplete(head, size) : await isobmffComplete(path, size);
	if (!complete) throw refuse('errors.upload.videoTruncated');

	let out: FfprobeOutput;
	try {
		const json = await run('ffprobe', [
			'-v',
			'error',
			...input(container, path),
			'-print_format',
			'json',
			'-show_format',
			'-show_streams'
		]);
		out = JSON.parse(json.toString('utf8')) as FfprobeOutput;
	} catch (err) {
		// A missing ffprobe or one that ran out of time says nothing about the file: not a refusal.
		if ((err as { code?: unknown }).code === 'ENOENT' || (err as { killed?: boolean }).killed) throw err;
		throw refuse('errors.upload.videoUnreadable', err);
	}
	const stream = out.streams?.find((s) => s.codec_type === 'video' && s.width && s.height);
	if (!stream) throw refuse('errors.upload.videoUnreadable');
	let durationSeconds = Number(out.format?.duration ?? stream.duration);
	if (!Number.isFinite(durationSeconds)) durationSeconds = await lastPacketTime(container, path);
	if (!(durationSeconds > 0)) throw refuse('errors.upload.videoUnreadable');
	const rotation = Number(stream.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? 0);
	const turned = Math.abs(rotation || Number(stream.tags?.rotate ?? 0)) % 180 === 90;
	return {
		mime: sniffed,
		container,
		durationSeconds,
		width: turned ? stream.height! : stream.width!,
		height: turned ? stream.width! : stream.height!
	};
}

/** Files written live (WebM from a browser's recorder) carry no duration: read it off the last packet. */
async function lastPacketTime(container: VideoProbe['container'], path: string): Promise<number> {
	try {
		const csv = await run(
			'ffprobe',
			[
				'-v',
				'error',
				...input(container, path),
				'-select_streams',
				'v:0',
				'-show_entries',
				'packet=pts_time',
				'-of',
				'csv=p=0'
			],
			64 * 1024 * 1024
		);
		return Math.max(0, ...csv.toString('utf8').split('\n').map(Number).filter(Number.isFinite));
	} catch {
		return NaN;
	}
}

/**
 * One JPEG frame for the video's poster, taken at 10% of its length but no later than 1 s (past a
 * black first frame, before anything the writer cut in later), at most 1280 pixels wide.
 */
export async function posterFrame(
	container: VideoProbe['container'],
	path: string,
	durationSeconds: number
): Promise<Buffer> {
	const at = Math.min(1, durationSeconds * 0.1).toFixed(3);
	const jpeg = await run('ffmpeg', [
		'-v',
		'error',
		'-nostdin',
		'-ss',
		at,
		...input(container, path),
		'-frames:v',
		'1',
		'-vf',
		"scale='min(1280,iw)':-2",
		'-q:v',
		'3',
		'-f',
		'image2pipe',
		'-c:v',
		'mjpeg',
		'pipe:1'
	]);
	if (jpeg.length === 0) throw new Error('ffmpeg returned no frame');
	return jpeg;
}
