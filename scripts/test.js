// `npm test`: the unit and integration suite (Vitest; PGlite, or a PostgreSQL server when
// TEST_DATABASE_URL is set), then the end-to-end suite when a Chromium is installed. Exits non-zero if
// anything failed and ends with one line: "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { node, runE2e } from './e2e.js';

const unitReport = 'test-results/unit.json';
mkdirSync('test-results', { recursive: true });
rmSync(unitReport, { force: true });

const started = Date.now();
const unit = spawnSync(
	node,
	[
		'node_modules/vitest/vitest.mjs',
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${unitReport}`
	],
	{ stdio: 'inherit' }
);
let passed = 0;
let failed = 0;
if (existsSync(unitReport)) {
	/** @type {{ numPassedTests: number, numFailedTests: number, testResults: { status: string, assertionResults: { status: string }[] }[] }} */
	const report = JSON.parse(readFileSync(unitReport, 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests;
	// A file that failed outside any test (an import, a hook) has no failed test to count: count it once.
	failed += report.testResults.filter(
		(file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')
	).length;
	if (unit.status !== 0 && failed === 0) failed = 1;
} else if (unit.status !== 0) {
	failed += 1;
}
const unitOk = unit.status === 0;
console.log(
	`Unit and integration suite: ${unitOk ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`
);

const e2eStarted = Date.now();
const e2e = runE2e();
let e2eOk = true;
if (e2e) {
	passed += e2e.passed;
	failed += e2e.failed;
	e2eOk = e2e.exitCode === 0 && e2e.failed === 0;
	console.log(
		`End-to-end suite: ${e2eOk ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - e2eStarted) / 1000)} s`
	);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(unitOk && e2eOk && failed === 0 ? 0 : 1);
