import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { createThrottle, type Throttle } from './throttle.ts';

/** Eight wrong passwords lock the email; the ninth attempt is refused whatever the password. */
async function lockOut(throttle: Throttle, email: string) {
	for (let i = 0; i < 8; i++) {
		await throttle.beforeSignIn(`198.51.100.${i}`, email);
		await throttle.signInFailed(email);
	}
}

describe('sign-in throttle in one process', () => {
	it('locks an email after repeated failures, for minutes, and a success or a reset clears it', async () => {
		const throttle = createThrottle();
		await lockOut(throttle, 'a@example.org');
		const locked = await failure(throttle.beforeSignIn('198.51.100.99', 'a@example.org'));
		expect(locked.code).toBe('account_locked');
		expect(Number(locked.params?.minutes)).toBeGreaterThan(0);
		expect(Number(locked.params?.minutes)).toBeLessThanOrEqual(15);
		// Other people are not affected.
		await throttle.beforeSignIn('198.51.100.99', 'b@example.org');

		await throttle.passwordWasReset('a@example.org');
		await throttle.beforeSignIn('198.51.100.99', 'a@example.org');
	});

	it('limits one address across many emails', async () => {
		const throttle = createThrottle();
		for (let i = 0; i < 100; i++) await throttle.beforeSignIn('203.0.113.50', `p${i}@example.org`);
		expect((await failure(throttle.beforeSignIn('203.0.113.50', 'another@example.org'))).code).toBe(
			'rate_limited'
		);
	});
});

// Defined only when a server is given, so a PGlite-only run neither runs nor reports it as skipped.
if (process.env.TEST_DATABASE_URL) {
	describe('sign-in throttle shared through PostgreSQL', () => {
		let t: TestApp;
		beforeAll(async () => {
			t = await createTestApp();
		});
		afterAll(async () => {
			await t?.close();
		});

		it('counts failures from every app process together', async () => {
			// Two throttles on one pool stand for two app processes behind a load balancer.
			const first = createThrottle({ pool: t.app.handle.pool });
			const second = createThrottle({ pool: t.app.handle.pool });
			for (let i = 0; i < 4; i++) await first.signInFailed('shared@example.org');
			for (let i = 0; i < 4; i++) await second.signInFailed('shared@example.org');
			expect((await failure(first.beforeSignIn('198.51.100.200', 'shared@example.org'))).code).toBe(
				'account_locked'
			);
			await first.signInSucceeded('shared@example.org');
			await second.beforeSignIn('198.51.100.201', 'shared@example.org');
		});
	});
}
