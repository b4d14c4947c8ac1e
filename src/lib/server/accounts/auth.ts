import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins';
import type { Database } from '../core/db.ts';
import { newId, newSecret } from '../core/ids.ts';
import * as schema from '../db/schema.ts';

/** What better-auth needs from the app: where to send its emails, and how to reach us. */
export interface AuthDeps {
	db: Database;
	secret: string;
	origin: string;
	issuer: string;
	sendVerificationEmail(
		user: { email: string; name: string; locale?: string | null },
		token: string
	): Promise<void>;
	sendResetPasswordEmail(
		user: { email: string; name: string; locale?: string | null },
		token: string
	): Promise<void>;
	/** better-auth's own messages go to the app's structured log (refused sign-ins are expected: not warnings). */
	log(level: 'error' | 'warn' | 'info' | 'debug', message: string): void;
}

/**
 * better-auth is used as a library: our form actions call `auth.api.*` on the server and forward the
 * cookies it sets. Its own HTTP handler is not mounted, so every path in goes through our validation,
 * rate limits and audit.
 */
export function createAuth(deps: AuthDeps) {
	return betterAuth({
		appName: deps.issuer,
		secret: deps.secret,
		baseURL: deps.origin,
		trustedOrigins: [deps.origin],
		database: drizzleAdapter(deps.db, {
			provider: 'pg',
			schema: { ...schema, twoFactor: schema.twoFactor }
		}),
		advanced: {
			// accounts/service.ts recognises the session cookie by this prefix (visitors skip the lookup).
			cookiePrefix: 'sotong',
			useSecureCookies: deps.origin.startsWith('https://'),
			database: { generateId: () => newId() }
		},
		rateLimit: { enabled: false },
		logger: {
			level: 'error',
			log: (level, message) => deps.log(level, message)
		},
		user: {
			additionalFields: {
				locale: { type: 'string', required: false, input: true },
				privacyVersion: { type: 'number', required: false, input: true },
				privacyAcceptedAt: { type: 'date', required: false, input: true },
				disabledAt: { type: 'date', required: false, input: false }
			}
		},
		session: {
			expiresIn: 60 * 60 * 24 * 14,
			updateAge: 60 * 60 * 24
		},
		emailAndPassword: {
			enabled: true,
			requireEmailVerification: true,
			minPasswordLength: 10,
			maxPasswordLength: 128,
			revokeSessionsOnPasswordReset: true,
			resetPasswordTokenExpiresIn: 60 * 60,
			sendResetPassword: async ({ user, token }) => {
				await deps.sendResetPasswordEmail(user as { email: string; name: string; locale?: string }, token);
			}
		},
		emailVerification: {
			sendOnSignUp: true,
			sendOnSignIn: true,
			autoSignInAfterVerification: true,
			expiresIn: 60 * 60 * 24,
			sendVerificationEmail: async ({ user, token }) => {
				await deps.sendVerificationEmail(user as { email: string; name: string; locale?: string }, token);
			}
		},
		plugins: [
			twoFactor({
				issuer: deps.issuer,
				twoFactorCookieMaxAge: 600,
				accountLockout: { enabled: true, maxFailedAttempts: 10, durationSeconds: 900 }
			})
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * A link token for choosing a first password on an account the city created for someone (a Mate
 * approved or imported): better-auth's own reset token, so /reset-password accepts it, valid for days.
 */
export async function passwordSetupToken(auth: Auth, userId: string, expiresAt: Date): Promise<string> {
	const ctx = await auth.$context;
	const token = newSecret(24);
	await ctx.internalAdapter.createVerificationValue({
		value: userId,
		identifier: `reset-password:${token}`,
		expiresAt
	});
	return token;
}
