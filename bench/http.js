// HTTP throughput of the built app with autocannon: /, /healthz and /sign-in, 10 s each.
//   npm run build && node_modules/.bin/node bench/http.js [seconds=10] [connections=10]
// Starts the app itself on a fresh data dir (demo data loaded; LOG_LEVEL=info as in production unless
// LOG_LEVEL is set, access log to /dev/null), warms each path for 2 s, then measures. Prints req/s
// and latency percentiles; anything but 2xx is counted and reported, never hidden.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, requireBuild, startServer } from './server.js';

requireBuild();
const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 10);
const paths = ['/', '/healthz', '/sign-in'];

/**
 * @param {string} url
 * @param {number} duration
 */
function load(url, duration) {
	return autocannon({ url, connections, duration, pipelining: 1 });
}

const scratch = mkdtempSync(join(tmpdir(), 'sotong-http-'));
const server = await startServer({ dataDir: join(scratch, 'data'), port: await freePort() });
/** @type {string[]} */
const rows = [];
try {
	for (const path of paths) {
		await load(server.url + path, 2);
		const r = await load(server.url + path, seconds);
		const bad = r.non2xx + r.errors + r.timeouts;
		rows.push(
			`${path.padEnd(10)} ${String(Math.round(r.requests.average)).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   max ${r.latency.max} ms   ${r.requests.total} requests${bad ? `, ${bad} not 2xx/errors` : ''}`
		);
		console.log(rows.at(-1));
	}
} finally {
	await server.stop();
	rmSync(scratch, { recursive: true, force: true });
}
console.log(
	`\n${seconds} s per path, ${connections} connections, Node ${process.version}, ${cpus().length} CPU(s) shared by app and load generator`
);
