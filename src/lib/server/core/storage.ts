import { constants, createReadStream } from 'node:fs';
import { mkdir, open, rm, stat, writeFile, rename } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from './errors.ts';

/** Bytes `start` to `end` of a file, both inclusive (as in an HTTP `Range` header). */
export interface ByteRange {
	start: number;
	end: number;
}

/** What `writeAt` took: bytes durably written, and whether the source stopped early or sent too much. */
export interface WriteAtResult {
	written: number;
	/** The source broke off (a dropped connection); what arrived before is kept. */
	interrupted: boolean;
	/** The source sent more than `maxBytes`; nothing of this write is kept. */
	overflow: boolean;
}

/**
 * One interface for stored files. Local disk by default; an S3-compatible store plugs in behind the
 * same calls when several app processes share files (a later step, see ARCHITECTURE.md). `writeAt`
 * (resumable uploads) maps to a multipart upload there, and `localPath` to a download into a
 * temporary file.
 */
export interface Storage {
	put(key: string, data: Buffer | Uint8Array): Promise<void>;
	/** The whole file, or one byte range of it (videos are served to players that seek). */
	get(key: string, range?: ByteRange): Promise<Readable>;
	exists(key: string): Promise<boolean>;
	/** The file's size in bytes, or null when there is no such file. */
	size(key: string): Promise<number | null>;
	remove(key: string): Promise<void>;
	/** Removes every file under a folder key (`videos/<id>`), and the folder. */
	removeFolder(key: string): Promise<void>;
	/** Renames a stored file (an upload that became a video); the target's folder is created. */
	move(from: string, to: string): Promise<void>;
	/**
	 * Writes a stream into a file starting at `offset` (anything past `offset` is cut first, so a write
	 * that a crash interrupted is simply written again) and flushes it to disk before resolving, so a
	 * caller may record the new size as safely stored. At most `maxBytes` are taken.
	 */
	writeAt(
		key: string,
		offset: number,
		data: AsyncIterable<Uint8Array>,
		maxBytes: number
	): Promise<WriteAtResult>;
	/** A path on this machine for tools that read files themselves (ffprobe, ffmpeg). */
	localPath(key: string): Promise<string>;
}

/** Files under one root directory; keys are relative paths and may never escape the root. */
export function localStorage(root: string): Storage {
	const resolveKey = (key: string) => {
		const full = normalize(join(root, key));
		if (!full.startsWith(normalize(root) + sep))
			throw new AppError('bad_request', `Invalid storage key: ${key}`);
		return full;
	};
	const sizeOf = async (key: string) => {
		try {
			const s = await stat(resolveKey(key));
			return s.isFile() ? s.size : null;
		} catch {
			return null;
		}
	};
	return {
		async put(key, data) {
			const full = resolveKey(key);
			await mkdir(dirname(full), { recursive: true });
			// Write then rename so a crash never leaves a half-written file under the final name.
			const tmp = `${full}.${process.pid}.partial`;
			await writeFile(tmp, data);
			await rename(tmp, full);
		},
		async get(key, range) {
			const full = resolveKey(key);
			if (!(await this.exists(key))) throw new AppError('not_found', `No stored file ${key}`);
			return createReadStream(full, range && { start: range.start, end: range.end });
		},
		async exists(key) {
			return (await sizeOf(key)) !== null;
		},
		size: sizeOf,
		async remove(key) {
			await rm(resolveKey(key), { force: true });
		},
		async removeFolder(key) {
			await rm(resolveKey(key), { recursive: true, force: true });
		},
		async move(from, to) {
			const target = resolveKey(to);
			await mkdir(dirname(target), { recursive: true });
			await rename(resolveKey(from), target);
		},
		async writeAt(key, offset, data, maxBytes) {
			const full = resolveKey(key);
			await mkdir(dirname(full), { recursive: true });
			const file = await open(full, constants.O_RDWR | constants.O_CREAT);
			let written = 0;
			try {
				if ((await file.stat()).size < offset)
					throw new AppError('conflict', `Stored upload ${key} is shorter than ${offset} bytes`);
				await file.truncate(offset);
				let interrupted = false;
				const source = data[Symbol.asyncIterator]();
				for (;;) {
					let next: IteratorResult<Uint8Array>;
					try {
						next = await source.next();
					} catch {
						interrupted = true; // the sender went away: keep what arrived
						break;
					}
					if (next.done) break;
					const chunk = next.value;
					if (written + chunk.byteLength > maxBytes) {
						await Promise.resolve(source.return?.()).catch(() => undefined);
						await file.truncate(offset);
						return { written: 0, interrupted: false, overflow: true };
					}
					try {
						for (let done = 0; done < chunk.byteLength;) {
							const at = offset + written + done;
							done += (await file.write(chunk, done, chunk.byteLength - done, at)).bytesWritten;
						}
					} catch (err) {
						// A failed disk write leaves an unknown tail: cut back to what is known, then report.
						await file.truncate(offset + written);
						throw err;
					}
					written += chunk.byteLength;
				}
				await file.datasync();
				return { written, interrupted, overflow: false };
			} finally {
				await file.close();
			}
		},
		async localPath(key) {
			if (!(await this.exists(key))) throw new AppError('not_found', `No stored file ${key}`);
			return resolveKey(key);
		}
	};
}
