import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile, rename } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from './errors.ts';

/**
 * One interface for stored files. Local disk by default; an S3-compatible store plugs in behind the
 * same four calls when several app processes share files (a later step, see ARCHITECTURE.md).
 */
export interface Storage {
	put(key: string, data: Buffer | Uint8Array): Promise<void>;
	get(key: string): Promise<Readable>;
	exists(key: string): Promise<boolean>;
	remove(key: string): Promise<void>;
}

/** Files under one root directory; keys are relative paths and may never escape the root. */
export function localStorage(root: string): Storage {
	const resolveKey = (key: string) => {
		const full = normalize(join(root, key));
		if (!full.startsWith(normalize(root) + sep))
			throw new AppError('bad_request', `Invalid storage key: ${key}`);
		return full;
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
		async get(key) {
			const full = resolveKey(key);
			if (!(await this.exists(key))) throw new AppError('not_found', `No stored file ${key}`);
			return createReadStream(full);
		},
		async exists(key) {
			try {
				return (await stat(resolveKey(key))).isFile();
			} catch {
				return false;
			}
		},
		async remove(key) {
			await rm(resolveKey(key), { force: true });
		}
	};
}
