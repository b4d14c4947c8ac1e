// Shared by the benchmarks: start the built app (scripts/serve.js on Node 24) on a free port with its
// own data dir, wait until it answers, and stop it cleanly. Not a test helper: benchmarks only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
export { freePort } from '../scripts/lib/free-port.js';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
const node = join(root, 'node_modules', '.bin', 'node');

/** Exits with one line when there is nothing to measure yet. */
export function requireBuild() {
	if (!existsSync(join(root, 'build', 'handler.js'))) {
		console.error('No build found: run `npm run build` first.');
		process.exit(1);
	}
	if (!existsSync(node)) {
		console.error('node_modules/.bin/node (Node 24) is missing: run `npm install` first.');
		process.exit(1);
	}
}

/**
 * Starts the app and resolves once GET /healthz answers 200, with the milliseconds that took.
 * `cpus` pins the server to those cores with taskset (e.g. '0'), as the anchors were measured.
 * @param {{ dataDir: string, port: number, env?: Record<string, string>, cpus?: string }} opts
 */
export async function startServer({ dataDir, port, env = {}, cpus }) {
	const started = performance.now();
	const [command, args] = cpus
		? ['taskset', ['-c', cpus, node, 'scripts/serve.js']]
		: [node, ['scripts/serve.js']];
	const child = spawn(command, args, {
		cwd: root,
		env: {
			...process.env,
			DATA_DIR: dataDir,
			PORT: String(port),
			HOST: '127.0.0.1',
			LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
			...env
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	/** @type {number | null} */
	let exitCode = null;
	child.once('exit', (code) => (exitCode = code ?? -1));
	const url = `http://127.0.0.1:${port}`;
	for (;;) {
		if (exitCode !== null) throw new Error(`The app exited (${exitCode}) before answering: ${stderr.trim()}`);
		if (performance.now() - started > 120_000)
			throw new Error('The app did not answer /healthz within 120 s');
		const ok = await fetch(`${url}/healthz`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) break;
		await new Promise((r) => setTimeout(r, 10));
	}
	return {
		url,
		/** The app's process (taskset runs it in its own place), for reading its CPU time. */
		pid: /** @type {number} */ (child.pid),
		readyMs: performance.now() - started,
		/** SIGTERM, then wait for the graceful shutdown to finish (the data-dir lock is released). */
		stop: () =>
			new Promise((res) => {
				if (exitCode !== null) return res(exitCode);
				child.once('exit', (code) => res(code));
				child.kill('SIGTERM');
			})
	};
}

/** @param {number[]} values */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Exits with one line when wrk (Debian's package) is not installed. */
export function requireWrk() {
	if (spawnSync('wrk', ['--version']).error) {
		console.error('wrk is missing: apt-get install wrk');
		process.exit(1);
	}
}

/**
 * wrk's own summary, pinned to core 1: requests (in all and per second), p50 and p99 in ms, and
 * anything but 2xx/3xx.
 * @param {string} url @param {number} duration
 */
export function wrk(url, duration) {
	const out = spawnSync('taskset', ['-c', '1', 'wrk', '-t1', '-c100', `-d${duration}s`, '--latency', url], {
		encoding: 'utf8'
	}).stdout;
	const ms = (/** @type {string} */ label) => {
		const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
		if (!m) return NaN;
		return Number(m[1]) * /** @type {Record<string, number>} */ ({ us: 0.001, ms: 1, s: 1000 })[m[2]];
	};
	return {
		requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN),
		rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
		p50: ms('50'),
		p99: ms('99'),
		bad: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
		errors: /Socket errors:.*/.exec(out)?.[0] ?? ''
	};
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux).
 * @param {number} pid
 */
export function cpuMs(pid) {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
