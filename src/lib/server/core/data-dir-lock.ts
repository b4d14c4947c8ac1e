import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from './errors.ts';

/**
 * PGlite has no lock of its own and two processes on one data dir corrupt it, so each process takes
 * this lock file first. A lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(dir: string): { release(): void } {
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'sotong.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(file, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			return {
				release() {
					if (released) return;
					released = true;
					rmSync(file, { force: true });
				}
			};
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
			const holder = Number(readFileSync(file, 'utf8').trim());
			// Our own pid counts too: a second open in this process would corrupt the data dir just the same.
			if (holder && (holder === process.pid || isRunning(holder))) {
				throw new AppError(
					'data_dir_locked',
					`The data directory ${dir} is in use by ${holder === process.pid ? 'this process already' : `another Sotong process (pid ${holder})`}. Stop it first, or set DATA_DIR to another directory.`
				);
			}
			rmSync(file, { force: true });
		}
	}
	throw new AppError('data_dir_locked', `Could not lock the data directory ${dir}.`);
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}
