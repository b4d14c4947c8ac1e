import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../src/lib/server/app.ts';
import { openDatabase } from '../../src/lib/server/core/db.ts';
import { loadEnv } from '../../src/lib/server/core/env.ts';
import { testCredentialsKey } from './credentials-key.ts';
import { createLogger } from '../../src/lib/server/core/logger.ts';
import { runMigrations } from '../../src/lib/server/core/migrations.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A dumped, migrated PGlite data dir (with pg-boss's schema) that each test file loads. */
		pgliteTemplate: string;
	}
}

/**
 * A fresh PGlite takes seconds to initialise, while loading a dumped data dir takes a fraction of
 * one: build one migrated database per run, dump it to a temp file, and let every test file load it.
 */
export default async function setup(project: TestProject) {
	const started = performance.now();
	const dir = await mkdtemp(join(tmpdir(), 'sotong-template-'));
	const handle = await openDatabase({ memory: true });
	try {
		await runMigrations(handle);
		const env = loadEnv({
			APP_MODE: 'test',
			DATA_DIR: join(dir, 'data'),
			AUTH_SECRET: 'template-secret-template-secret-template',
			// The template's credential signing key is sealed with the key every test app uses.
			CREDENTIALS_KEY: testCredentialsKey,
			ORIGIN: 'http://localhost:3999',
			LOG_LEVEL: 'silent'
		});
		// Building the app once creates pg-boss's schema, the mail queue and the first privacy notice.
		const app = await buildApp({ env, handle, logger: createLogger('silent'), pollJobs: false });
		await app.jobs.stop();
		app.mailer.close();
		const dump = await handle.pglite!.dumpDataDir('none');
		const file = join(dir, 'template.tar');
		await writeFile(file, Buffer.from(await dump.arrayBuffer()));
		project.provide('pgliteTemplate', file);
	} finally {
		await handle.close();
	}
	console.log(`PGlite template built in ${Math.round(performance.now() - started)} ms`);
	return async () => {
		await rm(dir, { recursive: true, force: true });
	};
}
