import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from './env.ts';
import { describeStartupFailure } from './startup.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sotong-env-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const base = { DATA_DIR: dataDir };
const secret = 'a-production-secret-that-is-long-enough-0123';

/** The ConfigError loadEnv throws for this environment (fails the test when it does not throw). */
function configError(source: Record<string, string | undefined>): ConfigError {
	try {
		loadEnv(source);
	} catch (err) {
		if (err instanceof ConfigError) return err;
		throw err;
	}
	throw new Error(`loadEnv accepted ${JSON.stringify(source)}`);
}

describe('environment', () => {
	it.each([
		['PORT', 'eighty'],
		['PORT', '70000'],
		['APP_MODE', 'staging'],
		['DATABASE_URL', 'mysql://localhost/sotong'],
		['AUTH_SECRET', 'too-short'],
		['SMTP_URL', 'http://mail.example.com'],
		['ORIGIN', 'not a url'],
		['LOG_LEVEL', 'loud'],
		['TRUST_PROXY', 'maybe'],
		['DATABASE_POOL_MAX', '0'],
		['METRICS_TOKEN', 'short']
	])('names %s in one line when it is %j', (name, value) => {
		const err = configError({ ...base, [name]: value });
		expect(err.code).toBe('config_invalid');
		expect(err.message).toMatch(new RegExp(`^Configuration error: ${name} \\S`));
		expect(err.message).not.toContain('\n');
		expect(describeStartupFailure(err)).toBe(`Sotong cannot start. ${err.message}`);
	});

	it('requires AUTH_SECRET, CREDENTIALS_KEY, SMTP_URL and ORIGIN in production, naming the missing one', () => {
		const full = {
			...base,
			APP_MODE: 'production',
			AUTH_SECRET: secret,
			CREDENTIALS_KEY: 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80',
			SMTP_URL: 'smtp://mail.example.com',
			ORIGIN: 'https://sotong.example.com'
		};
		for (const key of ['AUTH_SECRET', 'CREDENTIALS_KEY', 'SMTP_URL', 'ORIGIN'] as const) {
			const err = configError({ ...full, [key]: undefined });
			expect(err.message).toBe(`Configuration error: ${key} is required when APP_MODE=production`);
		}
		const env = loadEnv(full);
		expect(env).toMatchObject({
			isProduction: true,
			AUTH_SECRET: secret,
			ORIGIN: 'https://sotong.example.com',
			DEMO_DATA: false
		});
	});

	it('treats empty values as unset and fills demo defaults', () => {
		const env = loadEnv({ ...base, PORT: '', APP_MODE: '' });
		expect(env).toMatchObject({
			APP_MODE: 'demo',
			PORT: 3000,
			ORIGIN: 'http://localhost:3000',
			DEMO_DATA: true,
			isProduction: false
		});
		expect(env.dataDir).toBe(dataDir);
		expect(env.storageDir).toBe(join(dataDir, 'files'));
	});

	it('parses numbers and yes/no switches', () => {
		const env = loadEnv({
			...base,
			PORT: '8080',
			TRUST_PROXY: 'yes',
			DEMO_DATA: '0',
			DATABASE_POOL_MAX: '25'
		});
		expect(env).toMatchObject({ PORT: 8080, TRUST_PROXY: true, DEMO_DATA: false, DATABASE_POOL_MAX: 25 });
	});

	it('outside production generates one local secret and keeps it in the data directory', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sotong-secret-'));
		try {
			const first = loadEnv({ DATA_DIR: dir, APP_MODE: 'test' });
			expect(first.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
			expect(readFileSync(join(dir, 'local-secret'), 'utf8').trim()).toBe(first.AUTH_SECRET);
			expect(loadEnv({ DATA_DIR: dir, APP_MODE: 'test' }).AUTH_SECRET).toBe(first.AUTH_SECRET);
			expect(Buffer.from(first.CREDENTIALS_KEY, 'base64url')).toHaveLength(32);
			expect(first.CREDENTIALS_KEY).not.toBe(first.AUTH_SECRET);
			expect(loadEnv({ DATA_DIR: dir, APP_MODE: 'test' }).CREDENTIALS_KEY).toBe(first.CREDENTIALS_KEY);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
