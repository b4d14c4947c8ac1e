import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../src/lib/server/core/data-dir-lock.ts';
import { openDatabase } from '../../src/lib/server/core/db.ts';
import { AppError } from '../../src/lib/server/core/errors.ts';
import { describeStartupFailure } from '../../src/lib/server/core/startup.ts';

const repo = resolve(import.meta.dirname, '../..');
// The repository's Node 24 runs the TypeScript modules directly (the machine's own node may be older).
const node = existsSync(join(repo, 'node_modules/.bin/node'))
	? join(repo, 'node_modules/.bin/node')
	: process.execPath;
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'sotong-lock-'));
	dirs.push(dir);
	return dir;
}

afterAll(() => {
	for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Another process that opens the PGlite data dir the way the app does, and keeps it open. */
async function holdInOtherProcess(dataDir: string): Promise<ChildProcess> {
	const script = `
		const { openDatabase } = await import(process.argv[1]);
		const handle = await openDatabase({ dataDir: process.argv[2] });
		await handle.execute('select 1');
		process.stdout.write('ready\\n');
		setInterval(() => {}, 60_000);
	`;
	const dbModule = pathToFileURL(join(repo, 'src/lib/server/core/db.ts')).href;
	const child = spawn(node, ['--input-type=module', '-e', script, dbModule, dataDir], {
		cwd: repo,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.push(child);
	let stderr = '';
	child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
	await new Promise<void>((resolveReady, reject) => {
		child.stdout!.on('data', (c: Buffer) => {
			if (c.toString().includes('ready')) resolveReady();
		});
		child.on('exit', (code) =>
			reject(new Error(`The holder process exited (${code}) before opening the database:\n${stderr}`))
		);
	});
	return child;
}

describe('PGlite data directory lock', () => {
	it('refuses a second process with a clear message, and takes over the lock once that process died', async () => {
		const dataDir = tempDir();
		const holder = await holdInOtherProcess(dataDir);

		const refused = await openDatabase({ dataDir }).then(
			async (h) => {
				await h.close();
				return null;
			},
			(e: unknown) => e
		);
		expect(refused).toBeInstanceOf(AppError);
		expect((refused as AppError).code).toBe('data_dir_locked');
		const message = describeStartupFailure(refused);
		expect(message).toBe(
			`Sotong cannot start. The data directory ${dataDir} is in use by another Sotong process (pid ${holder.pid}). Stop it first, or set DATA_DIR to another directory.`
		);

		// The holder crashes without releasing its lock: the file stays behind with a dead pid.
		const exited = new Promise((r) => holder.once('exit', r));
		holder.kill('SIGKILL');
		await exited;
		expect(readFileSync(join(dataDir, 'sotong.lock'), 'utf8').trim()).toBe(String(holder.pid));

		const handle = await openDatabase({ dataDir });
		try {
			expect((await handle.execute('select 1 as one')).rows).toEqual([{ one: 1 }]);
			expect(readFileSync(join(dataDir, 'sotong.lock'), 'utf8').trim()).toBe(String(process.pid));
		} finally {
			await handle.close();
		}
		expect(existsSync(join(dataDir, 'sotong.lock'))).toBe(false);
	}, 120_000); // A second Node process loading PGlite takes long on a busy machine; nothing here is timed.

	it('takes over a lock file it cannot read a pid from, and releases once', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'sotong.lock'), 'not a pid');
		const lock = lockDataDir(dir);
		expect(readFileSync(join(dir, 'sotong.lock'), 'utf8')).toBe(String(process.pid));
		lock.release();
		expect(existsSync(join(dir, 'sotong.lock'))).toBe(false);
		const again = lockDataDir(dir);
		lock.release();
		// A second release of the old lock must not remove the new holder's file.
		expect(existsSync(join(dir, 'sotong.lock'))).toBe(true);
		again.release();
	});
});
