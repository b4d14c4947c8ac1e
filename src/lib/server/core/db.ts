import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { join } from 'node:path';
import pg from 'pg';
import * as schema from '../db/schema.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { AppError } from './errors.ts';

export type Schema = typeof schema;
/** The database API services use, the same over PGlite and a PostgreSQL server. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; services take `Database | Tx` so callers decide the transaction boundary. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Tx;

/** An open database with what operations need: raw SQL, stats, and a clean close. */
export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	/** Runs SQL (optionally parameterised) outside Drizzle, for jobs, health checks and backups. */
	execute(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
	/** Runs several statements without parameters (schema scripts, restores). */
	executeScript(sql: string): Promise<void>;
	poolStats(): { total: number; idle: number; waiting: number };
	pglite?: PGlite;
	pool?: pg.Pool;
	close(): Promise<void>;
}

export interface OpenOptions {
	url?: string;
	dataDir?: string;
	/** An in-memory PGlite, optionally loaded from a dumped data dir (tests use one template per run). */
	memory?: boolean;
	loadDataDir?: Blob;
	poolMax?: number;
}

/** Opens PGlite (default, locked to this process) or a PostgreSQL server when a URL is given. */
export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
	return opts.url ? openServer(opts.url, opts.poolMax ?? 10) : openEmbedded(opts);
}

async function openServer(url: string, max: number): Promise<DatabaseHandle> {
	const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
	pool.on('error', () => {
		/* idle client errors surface through /readyz; never crash the process */
	});
	try {
		const client = await pool.connect();
		client.release();
	} catch (err) {
		await pool.end().catch(() => {});
		throw new AppError(
			'database_unreachable',
			`Cannot connect to the database at DATABASE_URL (${describeUrl(url)}): ${(err as Error).message}`,
			{ cause: err }
		);
	}
	const db = drizzlePg({ client: pool, schema }) as unknown as Database;
	return {
		db,
		kind: 'postgres',
		pool,
		execute: async (sql, params) => {
			const res = await pool.query(sql, params as unknown[]);
			return { rows: res.rows };
		},
		executeScript: async (sql) => {
			await pool.query(sql);
		},
		poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
		close: () => pool.end()
	};
}

async function openEmbedded(opts: OpenOptions): Promise<DatabaseHandle> {
	const dir = opts.memory ? undefined : join(opts.dataDir ?? './data', 'pglite');
	const lock = dir ? lockDataDir(join(opts.dataDir ?? './data')) : undefined;
	let client: PGlite;
	try {
		client = await PGlite.create({ dataDir: dir, extensions: { pg_trgm }, loadDataDir: opts.loadDataDir });
	} catch (err) {
		lock?.release();
		throw err;
	}
	const db = drizzlePglite({ client, schema }) as unknown as Database;
	let closed = false;
	return {
		db,
		kind: 'pglite',
		pglite: client,
		execute: async (sql, params) => {
			const res = await client.query<Record<string, unknown>>(sql, params as unknown[]);
			return { rows: res.rows };
		},
		executeScript: async (sql) => {
			await client.exec(sql);
		},
		poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
		close: async () => {
			if (closed) return;
			closed = true;
			await client.close();
			lock?.release();
		}
	};
}

function describeUrl(url: string): string {
	try {
		const u = new URL(url);
		return `${u.hostname}:${u.port || 5432}${u.pathname}`;
	} catch {
		return 'unparseable URL';
	}
}
