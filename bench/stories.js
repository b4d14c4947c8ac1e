// Story pages at scale: a production build over a database of many stories, measured the way the
// anchors in the issue were (server pinned to core 0, wrk pinned to core 1, 100 connections, 15 s
// after a 5 s warm-up), for the home page, a story page and a search; with the page cache on and off;
// on PGlite and, when one answers, on a PostgreSQL server.
//   npm run build && node_modules/.bin/node bench/stories.js [stories=10000] [seconds=15]
// Needs wrk and taskset (apt-get install wrk). PostgreSQL: BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres) is used to create and drop a scratch database.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, requireBuild, requireWrk, root, startServer, wrk } from './server.js';

requireBuild();
requireWrk();
const storyCount = Number(process.argv[2] ?? 10_000);
const seconds = Number(process.argv[3] ?? 15);
const node = join(root, 'node_modules', '.bin', 'node');
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** @param {string[]} args @param {Record<string, string>} env */
function run(args, env) {
	return new Promise((resolve, reject) => {
		const child = spawn(node, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
		child.once('exit', (code) =>
			code === 0 ? resolve(undefined) : reject(new Error(`${args[0]} exited ${code}`))
		);
	});
}

/**
 * Creates an empty scratch database on the server and returns its URL, or null when none answers.
 * @param {string} name
 */
async function scratchDatabase(name) {
	const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
	try {
		await admin.connect();
	} catch {
		return null;
	}
	await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

/** @param {string} name */
async function dropDatabase(name) {
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.end();
}

const results = [];
const dbName = `sotong_bench_${process.pid}`;
for (const database of ['PGlite', 'PostgreSQL']) {
	const scratch = mkdtempSync(join(tmpdir(), 'sotong-stories-'));
	/** @type {Record<string, string>} */
	const env = { DATA_DIR: join(scratch, 'data'), APP_MODE: 'demo' };
	if (database === 'PostgreSQL') {
		const url = await scratchDatabase(dbName);
		if (!url) {
			console.log('No PostgreSQL server answers: PostgreSQL skipped');
			break;
		}
		env.DATABASE_URL = url;
	}
	try {
		console.log(`\n${database}: seeding ${storyCount} stories…`);
		await run(['bench/seed-stories.js', String(storyCount)], env);
		for (const cache of ['on', 'off']) {
			const server = await startServer({
				dataDir: env.DATA_DIR,
				port: await freePort(),
				cpus: '0',
				env: { ...env, PAGE_CACHE: cache === 'on' ? 'true' : 'false' }
			});
			try {
				const feed = await (await fetch(`${server.url}/feed.json`)).json();
				const storyPath = new URL(feed.items[0].url).pathname;
				const paths = [
					['home', '/'],
					['story page', storyPath],
					['search (축제)', `/search?q=${encodeURIComponent('축제')}`]
				];
				for (const [what, path] of paths) {
					wrk(server.url + path, 5);
					const r = wrk(server.url + path, seconds);
					results.push({ database, cache, what, ...r });
					console.log(
						`${database.padEnd(10)} cache ${cache.padEnd(3)} ${what.padEnd(14)} ${String(Math.round(r.rps)).padStart(7)} req/s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms${r.bad ? `   ${r.bad} not 2xx/3xx` : ''}${r.errors ? `   ${r.errors}` : ''}`
					);
				}
			} finally {
				await server.stop();
			}
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
		if (database === 'PostgreSQL') await dropDatabase(dbName);
	}
}
console.log(
	`\n${storyCount} stories; server on core 0 (taskset), wrk -t1 -c100 -d${seconds}s --latency on core 1 after a 5 s warm-up; Node ${process.version}, ${cpus().length} CPUs`
);
