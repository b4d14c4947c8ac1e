import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/free-port.js';

const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;

/** Starting the built server on its own data dir, then stopping it the way a service manager does. */
describe('graceful shutdown', () => {
	let dataDir = '';
	afterAll(() => rm(dataDir, { recursive: true, force: true }));

	it('finishes on SIGTERM with exit code 0, closes the database and releases the data-dir lock', async () => {
		dataDir = await mkdtemp(join(tmpdir(), 'sotong-shutdown-'));
		const first = await start(dataDir);
		expect(existsSync(join(dataDir, 'sotong.lock'))).toBe(true);
		const code = await stop(first.child);
		expect(code).toBe(0);
		expect(first.output()).toContain('closing the database');
		expect(existsSync(join(dataDir, 'sotong.lock'))).toBe(false);

		// The same data dir opens again at once: the database was closed cleanly.
		const second = await start(dataDir);
		const ready = await fetch(`${second.url}/readyz`);
		expect(ready.status).toBe(200);
		expect(await stop(second.child)).toBe(0);
	}, 120_000);
});

async function start(dataDir: string) {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(node, ['scripts/serve.js'], {
		env: {
			...process.env,
			APP_MODE: 'demo',
			DEMO_DATA: 'false',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: url,
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			DATABASE_URL: ''
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	for (let i = 0; i < 120; i++) {
		if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
		const ok = await fetch(`${url}/healthz`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) return { child, url, output: () => output };
		await new Promise((r) => setTimeout(r, 500));
	}
	child.kill('SIGKILL');
	throw new Error(`server did not answer:\n${output}`);
}

function stop(child: ReturnType<typeof spawn>): Promise<number | null> {
	return new Promise((resolve) => {
		child.once('exit', (code) => resolve(code));
		child.kill('SIGTERM');
	});
}
