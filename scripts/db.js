// Database operations from the command line, on the same server modules the app runs (Node 24 runs
// the .ts files directly):
//   npm run db:migrate            apply pending migrations and list them
//   npm run db:backup             write a timestamped backup to BACKUP_DIR (default ./backups)
//   npm run db:restore -- <file>  replace the database with a backup (stop the app first)
// The embedded database (no DATABASE_URL) is locked while the app runs, so backup and restore refuse
// then. With DATABASE_URL, backup and restore use pg_dump and psql from the PostgreSQL client tools.
import { existsSync } from 'node:fs';
import { loadEnv } from '../src/lib/server/core/env.ts';
import { describeStartupFailure } from '../src/lib/server/core/startup.ts';
import { backupDatabase, migrateDatabase, restoreDatabase } from '../src/lib/server/ops/backup.ts';

// The same .env file the server reads (the process environment wins).
if (existsSync('.env')) process.loadEnvFile('.env');

const usage = 'Usage: node scripts/db.js migrate | backup | restore <file>';
const [command, file] = process.argv.slice(2);

/** @param {string} message */
function fail(message) {
	console.error(message);
	process.exit(1);
}

if (!['migrate', 'backup', 'restore'].includes(command ?? '')) fail(usage);
if (command === 'restore' && !file) fail(`Sotong db restore needs the backup file. ${usage}`);

try {
	const env = loadEnv();
	const where = env.DATABASE_URL
		? 'the PostgreSQL server at DATABASE_URL'
		: `the embedded database in ${env.dataDir}`;
	if (command === 'migrate') {
		const { applied, total } = await migrateDatabase(env);
		console.log(
			applied.length
				? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}`
				: `${where[0].toUpperCase()}${where.slice(1)} is up to date (${total} migrations).`
		);
	} else if (command === 'backup') {
		const { file: written, bytes } = await backupDatabase(env);
		console.log(`Backed up ${where} to ${written} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
	} else {
		const { previous } = await restoreDatabase(env, file);
		console.log(
			`Restored ${file} into ${where}.${previous ? ` The replaced data directory is kept at ${previous}.` : ''}`
		);
	}
} catch (err) {
	fail(describeStartupFailure(err).replace(/^Sotong cannot start[.:] /, `Sotong db ${command} failed: `));
}
