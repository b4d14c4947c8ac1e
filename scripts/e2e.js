// The end-to-end suite: a real Chromium (Debian's, or CHROMIUM_PATH) against the built app, through
// vitest.e2e.config.ts. `npm run test:e2e` runs it alone; `npm test` runs it after the unit suite.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const marker = 'test-results/e2e-ran.json';

/** The repository's Node 24 (the `node` devDependency), whatever `node` is on PATH. */
export const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;

export function chromiumPath() {
	return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Runs the suite when a Chromium exists. Returns the counts from the marker the suite writes, or null
 * when it could not run (no browser); a run that died before writing its marker counts as one failure.
 * @param {string[]} [extraArgs] more arguments for vitest (a file filter, -t …)
 */
export function runE2e(extraArgs = []) {
	const chromium = chromiumPath();
	if (!existsSync(chromium)) {
		console.log(
			`End-to-end suite NOT run: no Chromium found at ${chromium}; install it with apt-get install chromium or set CHROMIUM_PATH`
		);
		return null;
	}
	rmSync(marker, { force: true });
	const run = spawnSync(
		node,
		['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.ts', ...extraArgs],
		{
			stdio: 'inherit',
			env: { ...process.env, CHROMIUM_PATH: chromium }
		}
	);
	if (!existsSync(marker)) return { passed: 0, failed: 1, exitCode: run.status ?? 1 };
	const result = JSON.parse(readFileSync(marker, 'utf8'));
	return { passed: result.passed, failed: result.failed, exitCode: run.status ?? 1 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const result = runE2e(process.argv.slice(2));
	if (!result) process.exit(1);
	console.log(`\n${result.passed} passed, ${result.failed} failed`);
	process.exit(result.exitCode === 0 && result.failed === 0 ? 0 : 1);
}
