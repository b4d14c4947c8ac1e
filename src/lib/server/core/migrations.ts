import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { DatabaseHandle } from './db.ts';

/** Where generated SQL migrations live; both database kinds apply the same files. */
export const migrationsFolder = resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

/** Applies pending migrations with the migrator that matches the database kind. */
export async function runMigrations(handle: DatabaseHandle, folder = migrationsFolder): Promise<void> {
	if (handle.kind === 'pglite')
		await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
	else await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder: folder });
}

/** Compares applied migrations with the journal shipped with the app (used by /readyz). */
export async function migrationStatus(
	handle: DatabaseHandle,
	folder = migrationsFolder
): Promise<{ expected: number; applied: number; current: boolean }> {
	const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
		entries: { when: number }[];
	};
	const expected = journal.entries.length;
	const last = journal.entries.at(-1)?.when ?? 0;
	try {
		const { rows } = await handle.execute(
			'select count(*)::int as n, max(created_at)::bigint as last from drizzle.__drizzle_migrations'
		);
		const applied = Number(rows[0]?.n ?? 0);
		return { expected, applied, current: applied >= expected && Number(rows[0]?.last ?? 0) >= last };
	} catch {
		return { expected, applied: 0, current: expected === 0 };
	}
}
