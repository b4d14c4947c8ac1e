import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type App } from '../../src/lib/server/app.ts';
import type { Clock } from '../../src/lib/server/core/clock.ts';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/core/db.ts';
import { loadEnv } from '../../src/lib/server/core/env.ts';
import { createLogger } from '../../src/lib/server/core/logger.ts';
import { runMigrations } from '../../src/lib/server/core/migrations.ts';
import { testCredentialsKey } from './credentials-key.ts';
import { linkIn, startSmtpCapture, type CapturedMail } from './smtp-capture.ts';

export const testOrigin = 'http://localhost:3999';
export const testAuthSecret = 'sotong-test-secret-0123456789-abcdefghijklmnop';

export interface TestMail {
	/** Every message the SMTP server received, oldest first. */
	messages: CapturedMail[];
	/**
	 * Delivers what the app queued (drains `mail.send` in this process) and returns the oldest message
	 * to `to` that no earlier waitFor returned. Fails with the list of received mail when none comes.
	 */
	waitFor(to: string, opts?: { subject?: string | RegExp; timeoutMs?: number }): Promise<CapturedMail>;
	/** The first link in the message whose path starts with `pathPrefix`. */
	linkIn(message: CapturedMail, pathPrefix: string): URL;
	/** Sends what is queued and returns how many jobs ran. */
	deliver(): Promise<number>;
}

export interface TestApp {
	app: App;
	mail: TestMail;
	/** Which database this app runs on: PGlite, or a throwaway database on TEST_DATABASE_URL's server. */
	kind: DatabaseHandle['kind'];
	close(): Promise<void>;
}

export interface TestAppOptions {
	clock?: Clock;
	/** Extra environment variables (on top of the test defaults). */
	env?: Record<string, string>;
	/** Force PGlite even when TEST_DATABASE_URL is set (tests about PGlite itself). */
	pgliteOnly?: boolean;
}

/** An app on a fresh database with a real SMTP server capturing its mail. Close it in afterAll. */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
	const dataDir = await mkdtemp(join(tmpdir(), 'sotong-test-'));
	const smtp = await startSmtpCapture();
	const serverUrl = opts.pgliteOnly ? undefined : process.env.TEST_DATABASE_URL;
	const database = serverUrl ? await createServerDatabase(serverUrl) : await loadTemplate();
	let app: App;
	try {
		const env = loadEnv({
			APP_MODE: 'test',
			DATA_DIR: dataDir,
			ORIGIN: testOrigin,
			AUTH_SECRET: testAuthSecret,
			CREDENTIALS_KEY: testCredentialsKey,
			SMTP_URL: smtp.url,
			LOG_LEVEL: 'silent',
			...opts.env
		});
		app = await buildApp({
			env,
			handle: database.handle,
			logger: createLogger('silent'),
			clock: opts.clock,
			pollJobs: false
		});
	} catch (err) {
		await database.handle.close().catch(() => undefined);
		await database.drop();
		await smtp.close();
		throw err;
	}

	const taken = new Set<CapturedMail>();
	const mail: TestMail = {
		messages: smtp.messages,
		deliver: () => app.jobs.drain('mail.send'),
		async waitFor(to, o = {}) {
			const address = to.toLowerCase();
			const matches = (m: CapturedMail) =>
				!taken.has(m) &&
				m.to.includes(address) &&
				(o.subject === undefined ||
					(typeof o.subject === 'string' ? m.subject.includes(o.subject) : o.subject.test(m.subject)));
			const deadline = Date.now() + (o.timeoutMs ?? 5000);
			for (;;) {
				await mail.deliver();
				const found = smtp.messages.find(matches);
				if (found) {
					taken.add(found);
					return found;
				}
				if (Date.now() > deadline) {
					const seen =
						smtp.messages.map((m) => `  to ${m.to.join(',')}: ${m.subject}`).join('\n') || '  (none)';
					throw new Error(`No email to ${to} arrived. Received:\n${seen}`);
				}
				await new Promise((r) => setTimeout(r, 25));
			}
		},
		linkIn
	};

	let closed = false;
	return {
		app,
		mail,
		kind: database.handle.kind,
		async close() {
			if (closed) return;
			closed = true;
			await app.stop();
			await database.drop();
			await smtp.close();
			await rm(dataDir, { recursive: true, force: true });
		}
	};
}

async function loadTemplate(): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
	const file = inject('pgliteTemplate');
	if (!file)
		throw new Error('No PGlite template: run through vitest so tests/support/global-setup.ts runs first');
	const handle = await openDatabase({ memory: true, loadDataDir: new Blob([await readFile(file)]) });
	return { handle, drop: async () => undefined };
}

/** A uniquely named database on the server, migrated; dropped again when the test file closes its app. */
async function createServerDatabase(
	serverUrl: string
): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
	const database = await createEmptyServerDatabase(serverUrl);
	try {
		await runMigrations(database.handle);
	} catch (err) {
		await database.handle.close().catch(() => undefined);
		await database.drop().catch(() => undefined);
		throw err;
	}
	return database;
}

async function createEmptyServerDatabase(
	serverUrl: string
): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
	const name = `sotong_t_${randomBytes(6).toString('hex')}`;
	await adminQuery(serverUrl, `create database ${name}`);
	const drop = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	try {
		return { handle: await openDatabase({ url: url.toString(), poolMax: 5 }), drop };
	} catch (err) {
		await drop().catch(() => undefined);
		throw err;
	}
}

/**
 * An empty, unmigrated database of the given kind (migration tests): a fresh in-memory PGlite, or a
 * new database on TEST_DATABASE_URL's server. Close the handle, then call drop().
 */
export async function openEmptyDatabase(
	kind: DatabaseHandle['kind']
): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
	if (kind === 'pglite') return { handle: await openDatabase({ memory: true }), drop: async () => undefined };
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) throw new Error('openEmptyDatabase(postgres) needs TEST_DATABASE_URL');
	return createEmptyServerDatabase(serverUrl);
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
	const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}
