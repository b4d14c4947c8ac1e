import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Writes test-results/e2e-ran.json at the end of the end-to-end run, so CI can tell the suite really
 * ran (and how it went) rather than trusting an exit code alone.
 */
export default class MarkerReporter implements Reporter {
	private readonly file: string;

	constructor(file = 'test-results/e2e-ran.json') {
		this.file = file;
	}

	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const module of testModules) {
			let failedHere = 0;
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failedHere++;
				else skipped++;
			}
			// A file that failed outside any test (an import or a hook) counts as one failure.
			if (failedHere === 0 && module.state() === 'failed') failedHere = 1;
			failed += failedHere;
		}
		failed += unhandledErrors.length;
		mkdirSync(dirname(this.file), { recursive: true });
		writeFileSync(
			this.file,
			JSON.stringify(
				{ passed, failed, skipped, ran: passed + failed > 0, finishedAt: new Date().toISOString() },
				null,
				2
			) + '\n'
		);
	}
}
