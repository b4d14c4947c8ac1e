import { defineConfig } from 'vitest/config';
import MarkerReporter from './tests/e2e/marker-reporter.ts';

/**
 * The end-to-end suite: a real Chromium against the built app (see tests/e2e/global-setup.ts). It has
 * its own config so the unit suite's database template is not built, and runs files one at a time
 * because they share one server (and its per-address rate limits).
 */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		pool: 'forks',
		// The long walks take about a minute on a quiet machine and up to three times that on a busy one.
		testTimeout: 240_000,
		hookTimeout: 60_000,
		reporters: ['default', new MarkerReporter()]
	}
});
