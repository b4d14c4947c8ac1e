import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../core/db.ts';
import { migrationsFolder } from '../core/migrations.ts';
import { setting } from '../settings/schema.ts';
import { getSetting, putSetting } from '../settings/service.ts';
import { backupDatabase, migrateDatabase, restoreDatabase, type OpsEnv } from './backup.ts';

/** The migrations shipped in drizzle/, as the journal lists them. */
const shippedMigrations = (
	JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
		entries: { tag: string }[];
	}
).entries.map((e) => e.tag);

/** Reads the one setting these tests change, through the real service. */
async function contentOnDeletion(env: OpsEnv) {
	const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.dataDir, poolMax: 1 });
	try {
		return await getSetting(handle.db, 'privacy.contentOnDeletion');
	} finally {
		await handle.close();
	}
}

async function changeSetting(env: OpsEnv, change: 'delete' | 'anonymise' | 'remove') {
	const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.dataDir, poolMax: 1 });
	try {
		if (change === 'remove') await handle.db.delete(setting);
		else await putSetting(handle.db, 'privacy.contentOnDeletion', change, null);
	} finally {
		await handle.close();
	}
}

describe('backup and restore of the embedded database', () => {
	let root: string;
	let env: OpsEnv;
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'sotong-backup-'));
		env = { dataDir: join(root, 'data'), BACKUP_DIR: join(root, 'backups') };
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('migrates a fresh data dir, backs it up and restores a deleted row', async () => {
		expect(await migrateDatabase(env)).toEqual({
			applied: shippedMigrations,
			total: shippedMigrations.length
		});
		expect((await migrateDatabase(env)).applied).toEqual([]);
		await changeSetting(env, 'delete');

		const backup = await backupDatabase(env, { now: new Date('2026-03-01T09:30:00Z') });
		expect(backup.kind).toBe('pglite');
		expect(backup.file).toBe(join(env.BACKUP_DIR, 'sotong-pglite-20260301-093000.tar.gz'));
		expect(backup.bytes).toBeGreaterThan(0);

		await changeSetting(env, 'remove');
		expect(await contentOnDeletion(env)).toBe('anonymise');

		const restored = await restoreDatabase(env, backup.file, { now: new Date('2026-03-01T10:00:00Z') });
		expect(restored.previous).toBe(join(env.dataDir, 'pglite.before-restore-20260301-100000'));
		expect(existsSync(restored.previous!)).toBe(true);
		expect(readdirSync(env.dataDir).filter((f) => f.startsWith('.restore-'))).toEqual([]);
		expect(await contentOnDeletion(env)).toBe('delete');

		// A second backup in the same second gets its own name instead of overwriting the first.
		const again = await backupDatabase(env, { now: new Date('2026-03-01T09:30:00Z') });
		expect(again.file).toBe(join(env.BACKUP_DIR, 'sotong-pglite-20260301-093000-2.tar.gz'));
	}, 120_000);

	it('refuses to back up or restore while another process holds the data dir', async () => {
		const lock = join(env.dataDir, 'sotong.lock');
		writeFileSync(lock, String(process.ppid));
		try {
			const backups = readdirSync(env.BACKUP_DIR);
			await expect(backupDatabase(env)).rejects.toMatchObject({ code: 'data_dir_locked' });
			await expect(restoreDatabase(env, join(env.BACKUP_DIR, backups[0]))).rejects.toMatchObject({
				code: 'data_dir_locked'
			});
			expect(readdirSync(env.BACKUP_DIR)).toEqual(backups);
		} finally {
			rmSync(lock, { force: true });
		}
	});

	it('rejects files that are not a PGlite backup and leaves the database as it was', async () => {
		const notArchive = join(root, 'notes.txt');
		writeFileSync(notArchive, 'hello');
		await expect(restoreDatabase(env, notArchive)).rejects.toThrow(/is not a PGlite backup/);
		const garbage = join(root, 'garbage.tar.gz');
		writeFileSync(garbage, gzipSync(Buffer.from('not a tar file at all')));
		await expect(restoreDatabase(env, garbage)).rejects.toThrow(/garbage\.tar\.gz/);
		await expect(restoreDatabase(env, join(root, 'missing.tar.gz'))).rejects.toThrow(/does not exist/);
		expect(readdirSync(env.dataDir).filter((f) => f.startsWith('.restore-'))).toEqual([]);
		expect(await contentOnDeletion(env)).toBe('delete');
	}, 60_000);

	it('says there is nothing to back up when the data dir has no database', async () => {
		const empty = { dataDir: join(root, 'empty'), BACKUP_DIR: join(root, 'backups-empty') };
		mkdirSync(empty.dataDir, { recursive: true });
		await expect(backupDatabase(empty)).rejects.toThrow(/no embedded database/);
		expect(readdirSync(empty.BACKUP_DIR)).toEqual([]);
	});
});

// Defined only when a server is given, so a PGlite-only run neither runs nor reports these as skipped.
if (process.env.TEST_DATABASE_URL) {
	describe('backup and restore on a PostgreSQL server', () => {
		// The body is collected even when the condition is false: touch the URL only in hooks and tests.
		const name = `sotong_backup_${process.pid}_${Date.now()}`;
		let admin: pg.Client;
		let root: string;
		let env: OpsEnv;

		beforeAll(async () => {
			const scratchUrl = new URL(process.env.TEST_DATABASE_URL!);
			scratchUrl.pathname = `/${name}`;
			admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
			await admin.connect();
			await admin.query(`create database "${name}"`);
			root = mkdtempSync(join(tmpdir(), 'sotong-backup-pg-'));
			env = {
				DATABASE_URL: scratchUrl.toString(),
				dataDir: join(root, 'data'),
				BACKUP_DIR: join(root, 'backups')
			};
		});
		afterAll(async () => {
			await admin.query(`drop database if exists "${name}" with (force)`);
			await admin.end();
			rmSync(root, { recursive: true, force: true });
		});

		it('dumps with pg_dump, restores with psql into a recreated database, and the row is back', async () => {
			expect((await migrateDatabase(env)).applied).toEqual(shippedMigrations);
			await changeSetting(env, 'delete');

			const backup = await backupDatabase(env);
			expect(backup.kind).toBe('postgres');
			expect(backup.file).toMatch(/sotong-postgres-\d{8}-\d{6}\.sql$/);

			await admin.query(`drop database "${name}" with (force)`);
			await admin.query(`create database "${name}"`);
			await restoreDatabase(env, backup.file);
			expect(await contentOnDeletion(env)).toBe('delete');
			expect((await migrateDatabase(env)).applied).toEqual([]);
		}, 120_000);

		it('restores over the same database, replacing what changed since the backup', async () => {
			const backup = await backupDatabase(env);
			await changeSetting(env, 'anonymise');
			await restoreDatabase(env, backup.file);
			expect(await contentOnDeletion(env)).toBe('delete');
		}, 60_000);

		it('refuses a PGlite archive and reports psql failures in one line', async () => {
			const archive = join(root, 'x.tar.gz');
			writeFileSync(archive, gzipSync(Buffer.from('x')));
			await expect(restoreDatabase(env, archive)).rejects.toThrow(/not a plain SQL dump/);
			const broken = join(root, 'broken.sql');
			writeFileSync(broken, '-- PostgreSQL database dump\nselect * from no_such_table;\n');
			await expect(restoreDatabase(env, broken)).rejects.toThrow(/^psql failed: .*no_such_table/);
			expect(await contentOnDeletion(env)).toBe('delete');
		});
	});
}
