import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../core/db.ts';
import { migrationsFolder } from '../core/migrations.ts';
import { checkReadiness, liveness, metricsAccessAllowed } from './health.ts';

const loadTemplate = () =>
	openDatabase({ memory: true, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });

describe('liveness', () => {
	it('reports whole seconds of uptime without touching the database', () => {
		expect(liveness(12.9)).toEqual({ status: 'ok', uptimeSeconds: 12 });
		expect(liveness().uptimeSeconds).toBeGreaterThanOrEqual(0);
	});
});

describe('readiness on PGlite', () => {
	let handle: DatabaseHandle;
	let scratch: string;
	beforeAll(async () => {
		handle = await loadTemplate();
		scratch = mkdtempSync(join(tmpdir(), 'sotong-health-'));
	});
	afterAll(async () => {
		await handle.close();
		rmSync(scratch, { recursive: true, force: true });
	});

	it('is ready when the database answers and every migration is applied', async () => {
		expect(await checkReadiness(handle)).toEqual({
			ready: true,
			checks: { database: 'ok', migrations: 'ok' }
		});
	});

	it('is not ready when the build ships a migration the database lacks', async () => {
		const folder = join(scratch, 'drizzle');
		cpSync(migrationsFolder, folder, { recursive: true });
		const journalFile = join(folder, 'meta', '_journal.json');
		const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
		const last = journal.entries.at(-1);
		journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_future' });
		writeFileSync(journalFile, JSON.stringify(journal));
		expect(await checkReadiness(handle, { folder })).toEqual({
			ready: false,
			checks: { database: 'ok', migrations: 'pending' }
		});
	});

	it('is not ready when the migrations cannot be read', async () => {
		const result = await checkReadiness(handle, { folder: join(scratch, 'missing') });
		expect(result).toEqual({ ready: false, checks: { database: 'ok', migrations: 'unknown' } });
	});

	it('is not ready on a database that was never migrated', async () => {
		const empty = await openDatabase({ memory: true });
		try {
			expect(await checkReadiness(empty)).toEqual({
				ready: false,
				checks: { database: 'ok', migrations: 'pending' }
			});
		} finally {
			await empty.close();
		}
	}, 60_000);

	it('reports the database unavailable once it is closed, without throwing', async () => {
		const closing = await loadTemplate();
		await closing.close();
		expect(await checkReadiness(closing, { timeoutMs: 500 })).toEqual({
			ready: false,
			checks: { database: 'unavailable', migrations: 'unknown' }
		});
	});
});

// Defined only when a server is given, so a PGlite-only run neither runs nor reports these as skipped.
if (process.env.TEST_DATABASE_URL) {
	describe('readiness on a PostgreSQL server', () => {
		it('reports unavailable when the pool can no longer reach the server', async () => {
			const handle = await openDatabase({ url: process.env.TEST_DATABASE_URL, poolMax: 1 });
			const open = await checkReadiness(handle);
			expect(open.checks.database).toBe('ok');
			await handle.close();
			expect(await checkReadiness(handle, { timeoutMs: 500 })).toEqual({
				ready: false,
				checks: { database: 'unavailable', migrations: 'unknown' }
			});
		});
	});
}

describe('metrics access', () => {
	const token = 'metrics-token-0123456789';

	it('is open when no token is configured', () => {
		expect(metricsAccessAllowed(undefined, null)).toBe(true);
	});

	it('needs the exact bearer token when one is configured', () => {
		expect(metricsAccessAllowed(token, `Bearer ${token}`)).toBe(true);
		expect(metricsAccessAllowed(token, `bearer ${token}`)).toBe(true);
		expect(metricsAccessAllowed(token, null)).toBe(false);
		expect(metricsAccessAllowed(token, `Bearer ${token}x`)).toBe(false);
		expect(metricsAccessAllowed(token, `Basic ${token}`)).toBe(false);
		expect(metricsAccessAllowed(token, 'Bearer ')).toBe(false);
	});
});
