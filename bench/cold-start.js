// Cold start of the built app to its first answer, on a fresh data dir (creates the embedded
// database, migrates, creates the job schema, loads demo data) and on an existing one (opens it).
//   npm run build && node_modules/.bin/node bench/cold-start.js [runs=3]
// Prints each run and the median: ms from spawning `node scripts/serve.js` to the first 200 from
// /healthz, and the ms of the first GET / after that (the first server-side render).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, median, requireBuild, startServer } from './server.js';

requireBuild();
const runs = Number(process.argv[2] ?? 3);
const scratch = mkdtempSync(join(tmpdir(), 'sotong-cold-start-'));

/** @param {string} dataDir */
async function once(dataDir) {
	const server = await startServer({ dataDir, port: await freePort() });
	const t0 = performance.now();
	const home = await fetch(`${server.url}/`);
	await home.arrayBuffer();
	const firstPageMs = performance.now() - t0;
	if (!home.ok) throw new Error(`GET / answered ${home.status}`);
	await server.stop();
	return { readyMs: server.readyMs, firstPageMs };
}

/** @type {Record<'fresh' | 'existing', { readyMs: number, firstPageMs: number }[]>} */
const results = { fresh: [], existing: [] };
try {
	for (let i = 0; i < runs; i++) {
		const dataDir = join(scratch, `run-${i}`);
		const fresh = await once(dataDir);
		results.fresh.push(fresh);
		const existing = await once(dataDir);
		results.existing.push(existing);
		console.log(
			`run ${i + 1}: fresh ${Math.round(fresh.readyMs)} ms (first page ${Math.round(fresh.firstPageMs)} ms), ` +
				`existing ${Math.round(existing.readyMs)} ms (first page ${Math.round(existing.firstPageMs)} ms)`
		);
	}
} finally {
	rmSync(scratch, { recursive: true, force: true });
}

console.log(`\nNode ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? 'unknown'}`);
for (const kind of /** @type {const} */ (['fresh', 'existing'])) {
	const ready = median(results[kind].map((r) => r.readyMs));
	const page = median(results[kind].map((r) => r.firstPageMs));
	console.log(
		`${kind.padEnd(8)} data dir: first /healthz ${Math.round(ready)} ms, then first GET / ${Math.round(page)} ms (median of ${runs})`
	);
}
