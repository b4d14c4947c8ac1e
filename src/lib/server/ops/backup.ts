import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { lockDataDir } from '../core/data-dir-lock.ts';
import { openDatabase, type DatabaseHandle } from '../core/db.ts';
import type { Env } from '../core/env.ts';
import { migrationsFolder, runMigrations } from '../core/migrations.ts';

/**
 * Database operations run from the command line (`npm run db:migrate | db:backup | db:restore`).
 *
 * Embedded PGlite: a backup is the data directory as a .tar.gz (PGlite's own dump format); a restore
 * replaces DATA_DIR/pglite with it and keeps the old directory beside it. Both take the data-dir
 * lock, so they refuse while the app runs. PostgreSQL server: a backup is plain SQL from `pg_dump`,
 * restored with `psql` in one transaction. Uploaded files (STORAGE_DIR) are not part of either.
 */
export type OpsEnv = Pick<Env, 'DATABASE_URL' | 'dataDir' | 'BACKUP_DIR'>;

const execFileAsync = promisify(execFile);

/** Opens the configured database and applies pending migrations; returns the tags it applied. */
export async function migrateDatabase(
	env: OpsEnv,
	folder = migrationsFolder
): Promise<{ applied: string[]; total: number }> {
	const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.dataDir, poolMax: 2 });
	try {
		const before = await appliedMigrations(handle);
		await runMigrations(handle, folder);
		const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
			entries: { when: number; tag: string }[];
		};
		return {
			applied: journal.entries.filter((e) => !before.has(e.when)).map((e) => e.tag),
			total: journal.entries.length
		};
	} finally {
		await handle.close();
	}
}

async function appliedMigrations(handle: DatabaseHandle): Promise<Set<number>> {
	try {
		const { rows } = await handle.execute(
			'select created_at::bigint as "when" from drizzle.__drizzle_migrations'
		);
		return new Set(rows.map((r) => Number(r.when)));
	} catch {
		return new Set();
	}
}

export interface BackupResult {
	file: string;
	bytes: number;
	kind: 'pglite' | 'postgres';
}

/** Writes a timestamped backup to BACKUP_DIR (a partial file never remains after a failure). */
export async function backupDatabase(env: OpsEnv, opts: { now?: Date } = {}): Promise<BackupResult> {
	const dir = resolve(env.BACKUP_DIR);
	await mkdir(dir, { recursive: true });
	const kind = env.DATABASE_URL ? 'postgres' : 'pglite';
	const file = freeName(
		dir,
		`sotong-${kind}-${stamp(opts.now ?? new Date())}`,
		kind === 'pglite' ? '.tar.gz' : '.sql'
	);
	const partial = `${file}.partial`;
	try {
		if (env.DATABASE_URL) await pgDump(env.DATABASE_URL, partial);
		else await writeFile(partial, await dumpEmbedded(env.dataDir));
		await rename(partial, file);
	} catch (err) {
		await rm(partial, { force: true });
		throw err;
	}
	return { file, bytes: (await stat(file)).size, kind };
}

async function dumpEmbedded(dataDir: string): Promise<Uint8Array> {
	if (!existsSync(join(dataDir, 'pglite', 'PG_VERSION'))) {
		throw new Error(
			`There is no embedded database in ${join(dataDir, 'pglite')} to back up (check DATA_DIR).`
		);
	}
	// Opening takes the data-dir lock: this refuses while the app (or another command) uses it.
	const handle = await openDatabase({ dataDir });
	try {
		const archive = await handle.pglite!.dumpDataDir('gzip');
		return new Uint8Array(await archive.arrayBuffer());
	} finally {
		await handle.close();
	}
}

export interface RestoreResult {
	kind: 'pglite' | 'postgres';
	/** For PGlite: where the replaced data directory was kept. */
	previous?: string;
}

/** Restores a backup made by backupDatabase into the configured database. */
export async function restoreDatabase(
	env: OpsEnv,
	file: string,
	opts: { now?: Date } = {}
): Promise<RestoreResult> {
	const path = resolve(file);
	const head = await readHead(path);
	if (env.DATABASE_URL) {
		if (!head.toString('utf8').includes('PostgreSQL database dump')) {
			throw new Error(
				`${basename(path)} is not a plain SQL dump from pg_dump; DATABASE_URL is set, so restore expects the .sql file that \`npm run db:backup\` writes for a PostgreSQL server.`
			);
		}
		await psqlRestore(env.DATABASE_URL, path);
		return { kind: 'postgres' };
	}
	if (!isArchive(head)) {
		throw new Error(
			`${basename(path)} is not a PGlite backup (.tar.gz); without DATABASE_URL, restore expects the archive that \`npm run db:backup\` writes for the embedded database.`
		);
	}
	return {
		kind: 'pglite',
		previous: await restoreEmbedded(env.dataDir, path, stamp(opts.now ?? new Date()))
	};
}

/**
 * Loads the archive into a fresh PGlite beside the live directory, checks it is a Sotong database,
 * then swaps directories with two renames; the old one is kept as pglite.before-restore-<ts>.
 */
async function restoreEmbedded(dataDir: string, archive: string, ts: string): Promise<string | undefined> {
	const lock = lockDataDir(dataDir);
	const staging = join(dataDir, `.restore-${ts}`);
	try {
		await rm(staging, { recursive: true, force: true });
		const loaded = await openDatabase({
			dataDir: staging,
			loadDataDir: new Blob([await readFile(archive)])
		}).catch((err) => {
			throw new Error(
				`${basename(archive)} could not be loaded as a PGlite data directory: ${firstLine(err)}`,
				{ cause: err }
			);
		});
		try {
			await loaded.execute('select count(*) from drizzle.__drizzle_migrations');
		} catch (err) {
			throw new Error(`${basename(archive)} does not hold a Sotong database (no migrations table).`, {
				cause: err
			});
		} finally {
			await loaded.close();
		}
		const live = join(dataDir, 'pglite');
		let previous: string | undefined;
		if (existsSync(live)) {
			previous = join(dataDir, `pglite.before-restore-${ts}`);
			await rename(live, previous);
		}
		try {
			await rename(join(staging, 'pglite'), live);
		} catch (err) {
			if (previous) await rename(previous, live);
			throw err;
		}
		return previous;
	} finally {
		await rm(staging, { recursive: true, force: true });
		lock.release();
	}
}

async function pgDump(url: string, out: string): Promise<void> {
	const target = libpqTarget(url);
	await run(
		'pg_dump',
		['--no-owner', '--no-privileges', '--clean', '--if-exists', '--file', out, '--dbname', target.dbname],
		target.env
	);
}

async function psqlRestore(url: string, file: string): Promise<void> {
	const target = libpqTarget(url);
	await run(
		'psql',
		['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '--file', file, '--dbname', target.dbname],
		{ ...target.env, PGOPTIONS: '-c client_min_messages=warning' }
	);
}

/** The URL without its password (which goes in PGPASSWORD instead, out of the process list). */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
	const u = new URL(url);
	const password = decodeURIComponent(u.password);
	u.password = '';
	return {
		dbname: u.toString(),
		env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env }
	};
}

async function run(command: 'pg_dump' | 'psql', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
	try {
		await execFileAsync(command, args, { env, maxBuffer: 64 * 1024 * 1024 });
	} catch (err) {
		const e = err as NodeJS.ErrnoException & { stderr?: string };
		if (e.code === 'ENOENT') {
			throw new Error(
				`${command} is needed for a PostgreSQL ${command === 'pg_dump' ? 'backup' : 'restore'} but was not found on PATH; install the PostgreSQL client tools of the server's major version (Debian: apt-get install postgresql-client).`,
				{ cause: err }
			);
		}
		const detail = (e.stderr ?? '').split('\n').find((l) => l.trim()) ?? firstLine(err);
		throw new Error(`${command} failed: ${detail.trim()}`, { cause: err });
	}
}

async function readHead(path: string): Promise<Buffer> {
	const fh = await open(path, 'r').catch((err: NodeJS.ErrnoException) => {
		throw new Error(
			err.code === 'ENOENT'
				? `The backup file ${path} does not exist.`
				: `Cannot read ${path}: ${err.message}`,
			{ cause: err }
		);
	});
	try {
		const buf = Buffer.alloc(64 * 1024);
		const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
		return buf.subarray(0, bytesRead);
	} finally {
		await fh.close();
	}
}

/** gzip (what backups write) or a plain tar (dumpDataDir('none')). */
function isArchive(head: Buffer): boolean {
	const gzip = head[0] === 0x1f && head[1] === 0x8b;
	const tar = head.length > 262 && head.subarray(257, 262).toString('latin1') === 'ustar';
	return gzip || tar;
}

function stamp(now: Date): string {
	return now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

function freeName(dir: string, base: string, ext: string): string {
	for (let n = 1; ; n++) {
		const file = join(dir, n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`);
		if (!existsSync(file)) return file;
	}
}

function firstLine(err: unknown): string {
	return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
