import { createHash, timingSafeEqual } from 'node:crypto';
import type { DatabaseHandle } from '../core/db.ts';
import { migrationStatus, migrationsFolder } from '../core/migrations.ts';

/**
 * Health answers for load balancers and orchestrators. Liveness (/healthz) says the process runs and
 * never touches the database, so a slow database does not get healthy processes restarted.
 * Readiness (/readyz) says this process can serve: the database answers and its schema is current.
 */

export interface Liveness {
	status: 'ok';
	uptimeSeconds: number;
}

export interface Readiness {
	ready: boolean;
	checks: {
		database: 'ok' | 'unavailable';
		/** `pending`: the database is behind the migrations shipped with this build; `unknown`: not checked. */
		migrations: 'ok' | 'pending' | 'unknown';
	};
}

/** The process is alive; uptime in whole seconds. */
export function liveness(uptimeSeconds: number = process.uptime()): Liveness {
	return { status: 'ok', uptimeSeconds: Math.floor(uptimeSeconds) };
}

export interface ReadinessOptions {
	/** How long the database may take to answer `select 1` before it counts as unavailable. */
	timeoutMs?: number;
	/** The migrations folder to compare with (tests point it elsewhere). */
	folder?: string;
}

/** Checks the database answers and has every migration this build ships; never throws. */
export async function checkReadiness(
	handle: DatabaseHandle,
	opts: ReadinessOptions = {}
): Promise<Readiness> {
	const timeoutMs = opts.timeoutMs ?? 2000;
	const database = await withTimeout(pingDatabase(handle), timeoutMs).catch(() => false);
	if (!database) return { ready: false, checks: { database: 'unavailable', migrations: 'unknown' } };
	const migrations = await withTimeout(migrationStatus(handle, opts.folder ?? migrationsFolder), timeoutMs)
		.then((s) => (s.current ? ('ok' as const) : ('pending' as const)))
		.catch(() => 'unknown' as const);
	return { ready: migrations === 'ok', checks: { database: 'ok', migrations } };
}

async function pingDatabase(handle: DatabaseHandle): Promise<boolean> {
	const { rows } = await handle.execute('select 1 as ok');
	return Number(rows[0]?.ok) === 1;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
		timer.unref();
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Who may read /metrics. With METRICS_TOKEN set, only `Authorization: Bearer <token>` (compared in
 * constant time); without it the endpoint is open, and the deployment must keep it off the public
 * internet (bind the proxy rule to the monitoring network) — see .env.example.
 */
export function metricsAccessAllowed(token: string | undefined, authorization: string | null): boolean {
	if (!token) return true;
	const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
	if (!match) return false;
	return timingSafeEqual(digest(match[1]), digest(token));
}

const digest = (value: string) => createHash('sha256').update(value).digest();
