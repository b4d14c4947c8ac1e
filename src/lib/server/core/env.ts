import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The one schema for every environment variable the app reads. `.env.example` documents each of them;
 * keep both in step. Defaults are chosen so `npm start` works on a fresh machine in demo mode.
 */
const booleanish = z
	.enum(['true', 'false', '1', '0', 'yes', 'no'])
	.transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z
	.object({
		APP_MODE: z.enum(['demo', 'production', 'test']).default('demo'),
		PORT: z.coerce.number().int().min(1).max(65535).default(3000),
		HOST: z.string().min(1).default('0.0.0.0'),
		ORIGIN: z.url().optional(),
		DATA_DIR: z.string().min(1).default('./data'),
		DATABASE_URL: z
			.string()
			.regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
			.optional(),
		DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
		AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
		/** 32 bytes, base64 or base64url: encrypts the credential signing keys at rest (AES-256-GCM). */
		CREDENTIALS_KEY: z
			.string()
			.regex(/^[A-Za-z0-9+/_-]{43}=?$/, 'must be 32 bytes in base64 (openssl rand -base64 32)')
			.optional(),
		SMTP_URL: z
			.string()
			.regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
			.optional(),
		MAIL_FROM: z.string().min(3).default('Sotong <no-reply@localhost>'),
		LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
		STORAGE_DIR: z.string().min(1).optional(),
		BACKUP_DIR: z.string().min(1).default('./backups'),
		METRICS_TOKEN: z.string().min(16).optional(),
		TRUST_PROXY: booleanish.default(false),
		/** Reuse rendered public pages for visitors without an account (off: every request renders). */
		PAGE_CACHE: booleanish.default(true),
		DEMO_DATA: booleanish.optional(),
		CITY_NAME_EN: z.string().min(1).default('Seoul'),
		CITY_NAME_KO: z.string().min(1).default('서울'),
		/** The hour (UTC, 0–23) forum digests go out: daily every day, weekly on Sundays (UTC). 23 is 08:00 in Seoul. */
		DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(23)
	})
	.superRefine((env, ctx) => {
		if (env.APP_MODE !== 'production') return;
		for (const key of ['AUTH_SECRET', 'CREDENTIALS_KEY', 'SMTP_URL', 'ORIGIN'] as const) {
			if (!env[key])
				ctx.addIssue({ code: 'custom', path: [key], message: 'is required when APP_MODE=production' });
		}
	});

export type RawEnv = z.infer<typeof envSchema>;

/** Settled configuration: secrets resolved, paths absolute, derived values computed once. */
export interface Env extends Omit<RawEnv, 'AUTH_SECRET' | 'CREDENTIALS_KEY' | 'ORIGIN' | 'DEMO_DATA'> {
	AUTH_SECRET: string;
	/** The key that encrypts credential signing keys, as 32 bytes in base64url. */
	CREDENTIALS_KEY: string;
	ORIGIN: string;
	DEMO_DATA: boolean;
	dataDir: string;
	storageDir: string;
	isProduction: boolean;
}

/** Raised when configuration is invalid; its message is one line naming the bad variable. */
export class ConfigError extends Error {
	readonly code = 'config_invalid';
}

/** Parse and settle the environment, failing fast with a one-line message naming the bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
	const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
	const parsed = envSchema.safeParse(cleaned);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const name = String(issue.path[0] ?? 'environment');
		throw new ConfigError(`Configuration error: ${name} ${issue.message}`);
	}
	const raw = parsed.data;
	const dataDir = resolve(raw.DATA_DIR);
	return {
		...raw,
		dataDir,
		storageDir: resolve(raw.STORAGE_DIR ?? join(dataDir, 'files')),
		ORIGIN: raw.ORIGIN ?? `http://localhost:${raw.PORT}`,
		AUTH_SECRET: raw.AUTH_SECRET ?? localSecret(dataDir),
		CREDENTIALS_KEY: raw.CREDENTIALS_KEY ?? localSecret(dataDir, 'local-credentials-key'),
		DEMO_DATA: raw.DEMO_DATA ?? raw.APP_MODE === 'demo',
		isProduction: raw.APP_MODE === 'production'
	};
}

/**
 * Outside production a secret is generated once and kept in the data directory, so a demo install
 * works without setup and its sessions survive restarts. Production refuses to start without one.
 */
function localSecret(dataDir: string, name = 'local-secret'): string {
	const file = join(dataDir, name);
	if (existsSync(file)) return readFileSync(file, 'utf8').trim();
	mkdirSync(dataDir, { recursive: true });
	const secret = randomBytes(32).toString('base64url');
	writeFileSync(file, secret + '\n', { mode: 0o600 });
	return secret;
}
