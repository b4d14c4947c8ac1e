import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../core/errors.ts';

/**
 * Brute-force protection for sign-in, sign-up and password reset. Counters are per address and per
 * email; a lockout lasts minutes, not forever, and a successful sign-in or a password reset clears
 * the email's failures so the real person is never locked out for good.
 */
export function createThrottle() {
	const signInByIp = new RateLimiterMemory({ keyPrefix: 'signin_ip', points: 100, duration: 15 * 60 });
	const signInFailuresByEmail = new RateLimiterMemory({
		keyPrefix: 'signin_email',
		points: 8,
		duration: 60 * 60,
		blockDuration: 15 * 60
	});
	const signUpByIp = new RateLimiterMemory({ keyPrefix: 'signup_ip', points: 10, duration: 60 * 60 });
	const resetByIp = new RateLimiterMemory({ keyPrefix: 'reset_ip', points: 10, duration: 60 * 60 });
	const resetByEmail = new RateLimiterMemory({ keyPrefix: 'reset_email', points: 3, duration: 60 * 60 });

	const consume = async (limiter: RateLimiterMemory, key: string) => {
		try {
			await limiter.consume(key);
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
			await signInFailuresByEmail.consume(email).catch(() => undefined);
		},
		async signInSucceeded(email: string) {
			await signInFailuresByEmail.delete(email);
		},
		async beforeSignUp(ip: string) {
			await consume(signUpByIp, ip);
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
