import { eq } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import type { Jobs } from '../core/jobs.ts';
import type { RequestInfo } from '../core/request.ts';
import { parseInput } from '../core/validation.ts';
import type { Auth } from './auth.ts';
import { accountEmail } from './emails.ts';
import { isStaffRole, type Role, type Viewer } from './roles.ts';
import { recordAudit } from '../audit/service.ts';
import { user } from './schema.ts';
import {
	forgotPasswordInput,
	passwordConfirmInput,
	resetPasswordInput,
	signInInput,
	signUpInput,
	totpCodeInput
} from './schemas.ts';
import type { Throttle } from './throttle.ts';
import type { Locale } from '../../i18n/index.ts';

export interface AccountsDeps {
	db: Database;
	auth: Auth;
	jobs: Jobs;
	throttle: Throttle;
	origin: string;
	currentPrivacyVersion(): Promise<number>;
	rolesOf(userId: string): Promise<{ roles: Role[]; departmentId: string | null }>;
}

/** The outcome of an auth step: cookies for the web layer to set, and where the person goes next. */
export interface AuthStep {
	setCookies: string[];
	next: 'signed-in' | 'two-factor' | 'signed-out' | 'check-email';
}

/** better-auth's session cookie (`cookiePrefix` in auth.ts), with the `__Secure-` prefix over HTTPS. */
const sessionCookie = /(?:^|;\s*)(?:__Secure-)?sotong\.session_token=/;

/** Sign-up, sign-in with TOTP, sign-out, email verification and password reset, on better-auth. */
export function createAccountsService(deps: AccountsDeps) {
	const { auth, db } = deps;
	const mail = (m: ReturnType<typeof accountEmail>) => deps.jobs.send('mail.send', m);

	/** Maps better-auth failures onto our stable error codes; unknown ones stay internal. */
	const translate = (err: unknown): never => {
		if (err instanceof APIError) {
			const code = (err.body as { code?: string } | undefined)?.code;
			if (code === 'INVALID_EMAIL_OR_PASSWORD' || code === 'INVALID_PASSWORD')
				throw new AppError('invalid_credentials', 'Invalid credentials');
			if (code === 'EMAIL_NOT_VERIFIED') throw new AppError('email_not_verified', 'Email not verified');
			if (
				code === 'INVALID_CODE' ||
				code === 'INVALID_TWO_FACTOR_COOKIE' ||
				code === 'INVALID_TOKEN' ||
				code === 'TOKEN_EXPIRED'
			)
				throw new AppError('token_invalid', 'Invalid or expired token');
			if (code === 'TOO_MANY_ATTEMPTS' || code === 'ACCOUNT_LOCKED' || err.status === 'TOO_MANY_REQUESTS')
				throw new AppError('rate_limited', 'Too many attempts', { params: { seconds: 900 } });
			if (code === 'USER_ALREADY_EXISTS' || code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL')
				throw new AppError('conflict', 'Exists');
			if (err.status === 'UNAUTHORIZED') throw new AppError('unauthenticated', err.message);
		}
		throw err;
	};
	const cookiesOf = (headers: Headers | undefined) => headers?.getSetCookie() ?? [];

	/** Staff sign-ins go to the audit log (who, when, from where); members' do not. */
	const auditStaffSignIn = async (setCookies: string[], req: RequestInfo) => {
		const cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
		const session = await auth.api.getSession({ headers: new Headers({ cookie }) }).catch(() => null);
		if (!session) return;
		const { roles } = await deps.rolesOf(session.user.id);
		if (!roles.some(isStaffRole)) return;
		await recordAudit(
			db,
			{
				actorId: session.user.id,
				actorEmail: session.user.email,
				ipAddress: req.ipAddress,
				userAgent: req.userAgent
			},
			{ action: 'account.sign_in', targetType: 'user', targetId: session.user.email }
		);
	};

	return {
		/**
		 * Creates an account and emails a verification link. An email that is already registered gets a
		 * different email instead, and the form answers the same either way, so addresses cannot be probed.
		 */
		async signUp(input: unknown, req: RequestInfo): Promise<AuthStep> {
			const data = parseInput(signUpInput, input);
			await deps.throttle.beforeSignUp(req.ipAddress);
			const [existing] = await db
				.select({ id: user.id, name: user.name, locale: user.locale })
				.from(user)
				.where(eq(user.email, data.email));
			if (existing) {
				await mail(
					accountEmail(
						'alreadyRegistered',
						{ email: data.email, name: existing.name, locale: existing.locale ?? req.locale },
						`${deps.origin}/sign-in`
					)
				);
				return { setCookies: [], next: 'check-email' };
			}
			const privacyVersion = await deps.currentPrivacyVersion();
			await auth.api
				.signUpEmail({
					body: {
						name: data.name,
						email: data.email,
						password: data.password,
						locale: req.locale,
						privacyVersion,
						privacyAcceptedAt: new Date()
					},
					headers: req.headers
				})
				.catch(translate);
			return { setCookies: [], next: 'check-email' };
		},

		/** Checks the password (with brute-force limits); staff with TOTP continue to the code step. */
		async signIn(input: unknown, req: RequestInfo): Promise<AuthStep> {
			const data = parseInput(signInInput, input);
			await deps.throttle.beforeSignIn(req.ipAddress, data.email);
			const [found] = await db
				.select({ disabledAt: user.disabledAt })
				.from(user)
				.where(eq(user.email, data.email));
			try {
				const { headers, response } = await auth.api.signInEmail({
					body: { email: data.email, password: data.password, rememberMe: true },
					headers: req.headers,
					returnHeaders: true
				});
				if (found?.disabledAt) {
					await auth.api.revokeSessions({ headers: sessionHeaders(headers) }).catch(() => undefined);
					throw new AppError('account_disabled', 'Account disabled');
				}
				await deps.throttle.signInSucceeded(data.email);
				const twoFactor = 'twoFactorRedirect' in response && response.twoFactorRedirect;
				if (!twoFactor) await auditStaffSignIn(cookiesOf(headers), req);
				return { setCookies: cookiesOf(headers), next: twoFactor ? 'two-factor' : 'signed-in' };
			} catch (err) {
				if (err instanceof APIError && (err.body as { code?: string })?.code === 'INVALID_EMAIL_OR_PASSWORD')
					await deps.throttle.signInFailed(data.email);
				if (err instanceof AppError) throw err;
				return translate(err);
			}
		},

		/** Completes a sign-in with the 6-digit code from the authenticator app. */
		async verifyTwoFactor(input: unknown, req: RequestInfo): Promise<AuthStep> {
			const { code } = parseInput(totpCodeInput, input);
			const { headers } = await auth.api
				.verifyTOTP({ body: { code, trustDevice: false }, headers: req.headers, returnHeaders: true })
				.catch(translate);
			await auditStaffSignIn(cookiesOf(headers), req);
			return { setCookies: cookiesOf(headers), next: 'signed-in' };
		},

		async signOut(req: RequestInfo): Promise<AuthStep> {
			const { headers } = await auth.api
				.signOut({ headers: req.headers, returnHeaders: true })
				.catch(() => ({ headers: undefined }));
			return { setCookies: cookiesOf(headers), next: 'signed-out' };
		},

		/** Confirms the address from the emailed link and signs the person in. */
		async verifyEmail(token: string, req: RequestInfo): Promise<AuthStep> {
			if (!token || token.length > 2000) throw new AppError('token_invalid', 'Missing token');
			const { headers } = await auth.api
				.verifyEmail({ query: { token }, headers: req.headers, returnHeaders: true })
				.catch((err) => {
					// Any refusal of a link (bad, expired, someone else's) reads the same to the person.
					if (err instanceof APIError) throw new AppError('token_invalid', 'Invalid verification link');
					throw err;
				});
			return { setCookies: cookiesOf(headers), next: 'signed-in' };
		},

		/** Sends a reset link if the address has an account; answers the same either way. */
		async requestPasswordReset(input: unknown, req: RequestInfo): Promise<void> {
			const { email } = parseInput(forgotPasswordInput, input);
			await deps.throttle.beforeResetRequest(req.ipAddress, email);
			await auth.api.requestPasswordReset({ body: { email }, headers: req.headers }).catch(translate);
		},

		/** Sets a new password from a reset link; ends other sessions and clears sign-in lockouts. */
		async resetPassword(input: unknown): Promise<void> {
			const data = parseInput(resetPasswordInput, input);
			// better-auth keeps the reset token as a verification row whose value is the user id.
			const ctx = await auth.$context;
			const pending = await ctx.internalAdapter.findVerificationValue(`reset-password:${data.token}`);
			await auth.api
				.resetPassword({ body: { newPassword: data.password, token: data.token } })
				.catch(translate);
			if (pending) {
				const [owner] = await db.select({ email: user.email }).from(user).where(eq(user.id, pending.value));
				if (owner) await deps.throttle.passwordWasReset(owner.email);
			}
		},

		/** Begins TOTP setup: checks the password and returns the secret URI and backup codes. */
		async startTwoFactorSetup(input: unknown, req: RequestInfo) {
			const { password } = parseInput(passwordConfirmInput, input);
			const res = await auth.api
				.enableTwoFactor({ body: { password, method: 'totp' }, headers: req.headers })
				.catch(translate);
			if (res.method !== 'totp') throw new AppError('internal', 'TOTP setup did not return a secret');
			return { totpURI: res.totpURI, backupCodes: res.backupCodes };
		},

		/** Finishes TOTP setup by proving the authenticator app produces the right code. */
		async confirmTwoFactorSetup(input: unknown, req: RequestInfo): Promise<AuthStep> {
			const { code } = parseInput(totpCodeInput, input);
			const { headers } = await auth.api
				.verifyTOTP({ body: { code }, headers: req.headers, returnHeaders: true })
				.catch(translate);
			return { setCookies: cookiesOf(headers), next: 'signed-in' };
		},

		/** Remembers a person's UI language, so emails reach them in it too. */
		async setLanguage(userId: string, locale: Locale): Promise<void> {
			await db.update(user).set({ locale }).where(eq(user.id, userId));
		},

		/** Resolves the signed-in person from the request's cookies; disabled accounts count as anonymous. */
		async viewerFrom(headers: Headers): Promise<{ viewer: Viewer; sessionId: string } | null> {
			// Most requests are visitors without a session cookie: no need to ask better-auth.
			if (!sessionCookie.test(headers.get('cookie') ?? '')) return null;
			const session = await auth.api.getSession({ headers }).catch(() => null);
			if (!session) return null;
			const u = session.user as typeof session.user & {
				disabledAt?: Date | null;
				twoFactorEnabled?: boolean | null;
			};
			if (u.disabledAt) return null;
			const { roles, departmentId } = await deps.rolesOf(u.id);
			return {
				sessionId: session.session.id,
				viewer: {
					userId: u.id,
					name: u.name,
					email: u.email,
					emailVerified: u.emailVerified,
					roles,
					departmentId,
					twoFactorEnabled: !!u.twoFactorEnabled
				}
			};
		}
	};
}

/** Builds request headers carrying the session cookies a previous auth call returned. */
function sessionHeaders(setCookieSource: Headers): Headers {
	const cookie = setCookieSource
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	return new Headers({ cookie });
}

export type AccountsService = ReturnType<typeof createAccountsService>;
