import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/core/db.ts';
import { migrationStatus, migrationsFolder, runMigrations } from '../../src/lib/server/core/migrations.ts';
import { openEmptyDatabase } from '../support/test-app.ts';

const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
	entries: { idx: number; when: number; tag: string }[];
};
const expected = journal.entries.length;

/** PGlite always; the PostgreSQL server too when TEST_DATABASE_URL names one (CI sets it). */
const kinds: DatabaseHandle['kind'][] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

describe.each(kinds)('migrations on %s', (kind) => {
	let db: Awaited<ReturnType<typeof openEmptyDatabase>>;
	beforeAll(async () => {
		db = await openEmptyDatabase(kind);
	});
	afterAll(async () => {
		await db?.handle.close();
		await db?.drop();
	});

	it('reports nothing applied on an empty database', async () => {
		expect(db.handle.kind).toBe(kind);
		expect(await migrationStatus(db.handle)).toEqual({ expected, applied: 0, current: expected === 0 });
	});

	it('applies every migration, and a second run changes nothing', async () => {
		await runMigrations(db.handle);
		expect(await migrationStatus(db.handle)).toEqual({ expected, applied: expected, current: true });
		await runMigrations(db.handle);
		expect(await migrationStatus(db.handle)).toEqual({ expected, applied: expected, current: true });
	});

	it('creates every table the schema declares', async () => {
		const { rows } = await db.handle.execute(
			`select table_name from information_schema.tables where table_schema = 'public' order by table_name`
		);
		expect(rows.map((r) => r.table_name)).toEqual(
			expect.arrayContaining([
				'account',
				'api_token',
				'audit_event',
				'department',
				'privacy_notice',
				'role_grant',
				'session',
				'setting',
				'staff_invitation',
				'two_factor',
				'user',
				'verification'
			])
		);
	});

	it('reports a database behind the shipped journal as not current', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'sotong-migrations-'));
		try {
			cpSync(migrationsFolder, folder, { recursive: true });
			const last = journal.entries.at(-1)!;
			const ahead = {
				...journal,
				entries: [
					...journal.entries,
					{ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_future' }
				]
			};
			writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(ahead));
			expect(await migrationStatus(db.handle, folder)).toEqual({
				expected: expected + 1,
				applied: expected,
				current: false
			});
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
