// What one request costs the app in CPU time, page by page: the figure to compare before and after a
// change. Requests per second on this 2-core machine move with whatever else runs; the app's own CPU
// time per request moves far less. Server pinned to core 0, wrk on core 1 (100 connections, 3 s of
// warm-up, then `seconds`), CPU time read from /proc before and after.
//   npm run build && node_modules/.bin/node bench/cpu-per-request.js [seconds=10] /about /stories/<slug> …
// Runs on the data already in DATABASE_URL (or DATA_DIR): seed it first with bench/seed-stories.js.
// The page cache is off unless PAGE_CACHE=true. Linux only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuMs, freePort, requireBuild, requireWrk, startServer, wrk } from './server.js';

requireBuild();
requireWrk();
const args = process.argv.slice(2);
const seconds = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 10;
const paths = args.length ? args : ['/healthz', '/about', '/'];
const scratch = process.env.DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'sotong-cpu-'));
const server = await startServer({
	dataDir: process.env.DATA_DIR ?? join(/** @type {string} */ (scratch), 'data'),
	port: await freePort(),
	cpus: '0',
	env: { PAGE_CACHE: process.env.PAGE_CACHE ?? 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }
});
try {
	for (const path of paths) {
		wrk(server.url + path, 3);
		const before = cpuMs(server.pid);
		const r = wrk(server.url + path, seconds);
		const perRequest = (cpuMs(server.pid) - before) / r.requests;
		console.log(
			`${path.padEnd(48)} ${perRequest.toFixed(3)} ms CPU/request   ${String(Math.round(r.rps)).padStart(6)} req/s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms${r.bad ? `   ${r.bad} not 2xx/3xx` : ''}`
		);
	}
} finally {
	await server.stop();
	if (scratch) rmSync(scratch, { recursive: true, force: true });
}
