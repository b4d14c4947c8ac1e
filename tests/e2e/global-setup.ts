import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startSmtpCapture } from '../support/smtp-capture.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built app under test answers, e.g. http://127.0.0.1:41234 */
		baseUrl: string;
		/** A directory with one JSON file per email the app sent (CapturedMail). */
		mailDir: string;
	}
}

const repo = resolve(import.meta.dirname, '../..');
const node = existsSync(join(repo, 'node_modules/.bin/node'))
	? join(repo, 'node_modules/.bin/node')
	: process.execPath;
const results = join(repo, 'test-results');

/**
 * Builds the app when the build is missing or older than the sources, starts a local SMTP capture and
 * the built server (demo mode, fresh data dir) on a free loopback port, and stops both at the end.
 */
export default async function setup(project: TestProject) {
	mkdirSync(results, { recursive: true });
	buildIfStale();

	const work = await mkdtemp(join(tmpdir(), 'sotong-e2e-'));
	const mailDir = join(work, 'mail');
	mkdirSync(mailDir);
	let count = 0;
	const smtp = await startSmtpCapture((mail) => {
		count += 1;
		void writeFile(join(mailDir, `${String(count).padStart(5, '0')}.json`), JSON.stringify(mail));
	});

	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const logFile = join(results, 'e2e-server.log');
	const log = createWriteStream(logFile);
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const key of [
		'DATABASE_URL',
		'TEST_DATABASE_URL',
		'STORAGE_DIR',
		'METRICS_TOKEN',
		'AUTH_SECRET',
		'CREDENTIALS_KEY'
	])
		delete env[key];
	const server = spawn(node, ['scripts/serve.js'], {
		cwd: repo,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: {
			...env,
			APP_MODE: 'demo',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: baseUrl,
			DATA_DIR: join(work, 'data'),
			BACKUP_DIR: join(work, 'backups'),
			SMTP_URL: smtp.url,
			LOG_LEVEL: 'warn'
		}
	});
	server.stdout!.pipe(log, { end: false });
	server.stderr!.pipe(log, { end: false });

	const stop = async () => {
		await stopServer(server);
		log.end();
		await smtp.close();
		await rm(work, { recursive: true, force: true });
	};
	try {
		await waitUntilServing(server, baseUrl, logFile);
	} catch (err) {
		await stop();
		throw err;
	}
	project.provide('baseUrl', baseUrl);
	project.provide('mailDir', mailDir);
	return stop;
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
	}
	return newest;
}

function buildIfStale() {
	const handler = join(repo, 'build/handler.js');
	const sources = Math.max(newestMtime(join(repo, 'src')), statSync(join(repo, 'vite.config.ts')).mtimeMs);
	const stale = !existsSync(handler) || statSync(handler).mtimeMs < sources;
	if (!stale && process.env.E2E_BUILD !== '1') return;
	console.log('Building the app for the end-to-end suite (vite build)…');
	const started = performance.now();
	const built = spawnSync(node, [join(repo, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: repo,
		stdio: 'inherit'
	});
	if (built.status !== 0)
		throw new Error(`vite build failed (exit ${built.status}); the end-to-end suite needs a build`);
	console.log(`Built in ${Math.round((performance.now() - started) / 1000)} s`);
}

function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePort(port));
		});
	});
}

/** Polls /healthz (or / while that route does not exist) until the server answers 200. */
async function waitUntilServing(server: ChildProcess, baseUrl: string, logFile: string) {
	const deadline = Date.now() + 300_000; // Demo data on first start takes long on a busy machine.
	const tail = () => readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
	while (Date.now() < deadline) {
		if (server.exitCode !== null)
			throw new Error(`The app exited (${server.exitCode}) before serving:\n${tail()}`);
		for (const path of ['/healthz', '/']) {
			const res = await fetch(baseUrl + path).catch(() => null);
			if (res?.status === 200) return;
			if (res && res.status !== 404) break;
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`The app did not answer 200 on ${baseUrl}/healthz within 300 s:\n${tail()}`);
}

async function stopServer(server: ChildProcess) {
	if (server.exitCode !== null || server.signalCode !== null) return;
	const exited = new Promise((r) => server.once('exit', r));
	server.kill('SIGTERM');
	const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
	await exited;
	clearTimeout(timer);
}
