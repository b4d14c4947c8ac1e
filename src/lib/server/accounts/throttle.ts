import type pg from 'pg';
import {
	RateLimiterMemory,
	RateLimiterPostgres,
	RateLimiterRes,
	type IRateLimiterOptions,
	type RateLimiterAbstract
} from 'rate-limiter-flexible';
import { AppError } from '../core/errors.ts';

/** How long an email stays locked after too many failed sign-ins. */
const lockoutSeconds = 15 * 60;

/**
 * Brute-force protection for sign-in, sign-up and password reset. Counters are per address and per
 * email; a lockout lasts minutes, not forever, and a successful sign-in or a password reset clears
 * the email's failures so the real person is never locked out for good.
 */
export function createThrottle(store: { pool?: pg.Pool } = {}) {
	// On a PostgreSQL server the counters live in the rate_limit table, so several app processes share
	// them; the embedded database serves one process, whose memory is enough.
	const limiter = (opts: IRateLimiterOptions): RateLimiterAbstract =>
		store.pool
			? new RateLimiterPostgres({
					...opts,
					storeClient: store.pool,
					tableName: 'rate_limit',
					tableCreated: true,
					clearExpiredByTimeout: true
				})
			: new RateLimiterMemory(opts);
	const signInByIp = limiter({ keyPrefix: 'signin_ip', points: 100, duration: 15 * 60 });
	const signInFailuresByEmail = limiter({
		keyPrefix: 'signin_email',
		points: 8,
		duration: 60 * 60,
		blockDuration: lockoutSeconds
	});
	const signUpByIp = limiter({ keyPrefix: 'signup_ip', points: 10, duration: 60 * 60 });
	const applyByIp = limiter({ keyPrefix: 'apply_ip', points: 20, duration: 60 * 60 });
	const resetByIp = limiter({ keyPrefix: 'reset_ip', points: 10, duration: 60 * 60 });
	const resetByEmail = limiter({ keyPrefix: 'reset_email', points: 3, duration: 60 * 60 });

	const consume = async (counter: RateLimiterAbstract, key: string) => {
		try {
			await counter.consume(key);
		} catch (res) {
			if (res instanceof RateLimiterRes) {
				throw new AppError('rate_limited', 'Too many attempts', {
					params: { seconds: Math.ceil(res.msBeforeNext / 1000) }
				});
			}
			throw res;
		}
	};

	return {
		/** Before a sign-in attempt: refuses while the address is over its budget or the email is locked. */
		async beforeSignIn(ip: string, email: string) {
			const locked = await signInFailuresByEmail.get(email);
			if (locked && locked.remainingPoints <= 0 && locked.msBeforeNext > 0) {
				throw new AppError('account_locked', 'Account temporarily locked', {
					params: { minutes: Math.ceil(locked.msBeforeNext / 60000) }
				});
			}
			await consume(signInByIp, ip);
		},
		async signInFailed(email: string) {
			const res = await signInFailuresByEmail.consume(email).catch((r: unknown) => r);
			// The failure that uses up the allowance starts the lockout: a fixed 15 minutes from now.
			if (res instanceof RateLimiterRes && res.remainingPoints <= 0)
				await signInFailuresByEmail.block(email, lockoutSeconds);
		},
		async signInSucceeded(email: string) {
			await signInFailuresByEmail.delete(email);
		},
		async beforeSignUp(ip: string) {
			await consume(signUpByIp, ip);
		},
		/** Applications to a cohort send email, so one address may send a handful an hour. */
		async beforeApplication(ip: string) {
			await consume(applyByIp, ip);
		},
		async beforeResetRequest(ip: string, email: string) {
			await consume(resetByIp, ip);
			await consume(resetByEmail, email);
		},
		async passwordWasReset(email: string) {
			await signInFailuresByEmail.delete(email);
		}
	};
}

export type Throttle = ReturnType<typeof createThrottle>;
