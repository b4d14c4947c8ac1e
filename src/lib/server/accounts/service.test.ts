import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
	createPerson,
	mergeCookies,
	randomIp,
	requestInfo,
	totpFor,
	uniqueEmail,
	wrongTotp
} from '../../../../tests/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { AppError } from '../core/errors.ts';
import { user } from './schema.ts';
import { listAudit } from '../audit/service.ts';

let t: TestApp;
beforeAll(async () => {
	t = await createTestApp();
});
afterAll(async () => {
	await t?.close();
});

/** Runs `work` and returns the AppError code it threw (fails when it resolves or throws anything else). */
async function codeOf(work: Promise<unknown>): Promise<string> {
	const err = await work.then(
		() => null,
		(e: unknown) => e
	);
	if (!(err instanceof AppError))
		throw new Error(`Expected an AppError, got ${err === null ? 'success' : String(err)}`);
	return err.code;
}

const signUpForm = (email: string, password = 'a long enough password') => ({
	name: 'Ada Visitor',
	email,
	password,
	confirmPassword: password,
	acceptPrivacy: 'on'
});

describe('sign-up and email verification', () => {
	it('emails a verification link over SMTP whose token confirms the address and signs in', async () => {
		const email = uniqueEmail('signup');
		const step = await t.app.accounts.signUp(signUpForm(email), requestInfo({ locale: 'ko' }));
		expect(step.next).toBe('check-email');

		const message = await t.mail.waitFor(email);
		const link = t.mail.linkIn(message, '/verify-email');
		expect(link.origin).toBe(t.app.env.ORIGIN);
		const token = link.searchParams.get('token');
		expect(token).toBeTruthy();

		const [before] = await t.app.db.select().from(user).where(eq(user.email, email));
		expect(before.emailVerified).toBe(false);
		expect(before.locale).toBe('ko');
		expect(before.privacyVersion).toBe((await t.app.privacy.currentNotice()).version);

		const verified = await t.app.accounts.verifyEmail(token!, requestInfo());
		expect(verified.next).toBe('signed-in');
		const resolved = await t.app.accounts.viewerFrom(
			new Headers({ cookie: mergeCookies('', verified.setCookies) })
		);
		expect(resolved?.viewer).toMatchObject({ email, emailVerified: true, roles: [] });
	});

	it('refuses a tampered verification token', async () => {
		expect(await codeOf(t.app.accounts.verifyEmail('not-a-real-token', requestInfo()))).toBe('token_invalid');
		expect(await codeOf(t.app.accounts.verifyEmail('', requestInfo()))).toBe('token_invalid');
	});

	it('refuses sign-in before verification with email_not_verified and sends a fresh link', async () => {
		const person = await createPerson(t.app, { verified: false });
		await t.mail.waitFor(person.email);
		const code = await codeOf(
			t.app.accounts.signIn({ email: person.email, password: person.password }, requestInfo())
		);
		expect(code).toBe('email_not_verified');
		const again = await t.mail.waitFor(person.email);
		expect(t.mail.linkIn(again, '/verify-email').searchParams.get('token')).toBeTruthy();
	});

	it('answers a second sign-up for a registered address the same way, emailing the owner instead', async () => {
		const person = await createPerson(t.app);
		const step = await t.app.accounts.signUp(signUpForm(person.email), requestInfo());
		expect(step.next).toBe('check-email');
		const message = await t.mail.waitFor(person.email);
		expect(t.mail.linkIn(message, '/sign-in')).toBeTruthy();
		const rows = await t.app.db.select().from(user).where(eq(user.email, person.email));
		expect(rows).toHaveLength(1);
	});

	it('reports each bad field with a message key', async () => {
		const err = await t.app.accounts
			.signUp(
				{ ...signUpForm('not-an-email'), confirmPassword: 'something else', acceptPrivacy: undefined },
				requestInfo()
			)
			.catch((e: unknown) => e);
		expect(err).toBeInstanceOf(AppError);
		expect((err as AppError).code).toBe('validation_failed');
		expect((err as AppError).fields).toMatchObject({
			email: { key: 'errors.field.email' },
			confirmPassword: { key: 'errors.field.passwordMismatch' },
			acceptPrivacy: { key: 'errors.field.mustAccept' }
		});
	});

	it('rate-limits sign-ups from one address', async () => {
		const ip = randomIp();
		const codes: string[] = [];
		for (let i = 0; i < 11; i++) {
			codes.push(
				await t.app.accounts.signUp(signUpForm(uniqueEmail('flood')), requestInfo({ ip })).then(
					(s) => s.next,
					(e: AppError) => e.code
				)
			);
		}
		expect(codes.slice(0, 10)).toEqual(Array(10).fill('check-email'));
		expect(codes[10]).toBe('rate_limited');
		// Another address is not affected.
		expect((await t.app.accounts.signUp(signUpForm(uniqueEmail('other')), requestInfo())).next).toBe(
			'check-email'
		);
		await t.mail.deliver();
	});
});

describe('sign-in', () => {
	it('signs a member in and out with the right password', async () => {
		const person = await createPerson(t.app, { roles: ['mate'] });
		const step = await t.app.accounts.signIn(
			{ email: person.email.toUpperCase(), password: person.password },
			requestInfo()
		);
		expect(step.next).toBe('signed-in');
		const cookie = mergeCookies('', step.setCookies);
		const resolved = await t.app.accounts.viewerFrom(new Headers({ cookie }));
		expect(resolved?.viewer).toMatchObject({ userId: person.id, roles: ['mate'], twoFactorEnabled: false });
		// Members' sign-ins are theirs, not staff actions: nothing in the audit log.
		expect((await listAudit(t.app.db, { action: 'account.sign_in', q: person.email })).events).toEqual([]);

		await t.app.accounts.signOut(requestInfo({ cookie }));
		expect(await t.app.accounts.viewerFrom(new Headers({ cookie }))).toBeNull();
	});

	it('refuses a wrong password with invalid_credentials, and an unknown email the same way', async () => {
		const person = await createPerson(t.app);
		expect(
			await codeOf(t.app.accounts.signIn({ email: person.email, password: 'wrong password!' }, requestInfo()))
		).toBe('invalid_credentials');
		expect(
			await codeOf(
				t.app.accounts.signIn({ email: uniqueEmail('nobody'), password: 'whatever123' }, requestInfo())
			)
		).toBe('invalid_credentials');
	});

	it('locks an email after 8 failures, even for the right password, until a password reset', async () => {
		const person = await createPerson(t.app);
		for (let i = 0; i < 8; i++) {
			expect(
				await codeOf(
					t.app.accounts.signIn({ email: person.email, password: `wrong-${i}-password` }, requestInfo())
				)
			).toBe('invalid_credentials');
		}
		const locked = await t.app.accounts
			.signIn({ email: person.email, password: person.password }, requestInfo())
			.catch((e: AppError) => e);
		expect(locked).toBeInstanceOf(AppError);
		expect((locked as AppError).code).toBe('account_locked');
		expect((locked as AppError).params?.minutes).toBeGreaterThan(0);

		await t.app.accounts.requestPasswordReset({ email: person.email }, requestInfo());
		const token = t.mail
			.linkIn(await t.mail.waitFor(person.email), '/reset-password')
			.searchParams.get('token')!;
		const fresh = 'a brand new password';
		await t.app.accounts.resetPassword({ token, password: fresh, confirmPassword: fresh });
		const step = await t.app.accounts.signIn({ email: person.email, password: fresh }, requestInfo());
		expect(step.next).toBe('signed-in');
	});

	it('sends staff with two-step sign-in to the code step; the right code signs in, a wrong one is refused', async () => {
		const staff = await createPerson(t.app, { roles: ['analyst'] });
		const first = await t.app.accounts.signIn(
			{ email: staff.email, password: staff.password },
			requestInfo()
		);
		expect(first.next).toBe('two-factor');
		const pending = mergeCookies('', first.setCookies);
		// Half-way through, there is no session yet.
		expect(await t.app.accounts.viewerFrom(new Headers({ cookie: pending }))).toBeNull();

		expect(
			await codeOf(
				t.app.accounts.verifyTwoFactor(
					{ code: wrongTotp(staff.totpSecret!) },
					requestInfo({ cookie: pending })
				)
			)
		).toBe('token_invalid');
		expect(
			await codeOf(t.app.accounts.verifyTwoFactor({ code: 'abc' }, requestInfo({ cookie: pending })))
		).toBe('validation_failed');

		const done = await t.app.accounts.verifyTwoFactor(
			{ code: staff.totp() },
			requestInfo({ cookie: pending, ip: '203.0.113.7' })
		);
		expect(done.next).toBe('signed-in');
		const resolved = await t.app.accounts.viewerFrom(
			new Headers({ cookie: mergeCookies(pending, done.setCookies) })
		);
		expect(resolved?.viewer).toMatchObject({ userId: staff.id, roles: ['analyst'], twoFactorEnabled: true });

		// A staff sign-in is in the audit log, with where it came from; the wrong code was not.
		const { events } = await listAudit(t.app.db, { action: 'account.sign_in', q: staff.email });
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			actorId: staff.id,
			targetId: staff.email,
			ipAddress: '203.0.113.7'
		});
	});

	it('refuses a code without a pending sign-in', async () => {
		const staff = await createPerson(t.app, { roles: ['analyst'] });
		expect(await codeOf(t.app.accounts.verifyTwoFactor({ code: staff.totp() }, requestInfo()))).toMatch(
			/token_invalid|unauthenticated/
		);
	});

	it('refuses a disabled account and treats its old sessions as signed out', async () => {
		const admin = await createPerson(t.app, { roles: ['admin'] });
		const person = await createPerson(t.app, { roles: ['mate'] });
		const cookie = await person.cookieHeader();
		await t.app.staff.setDisabled(
			{ actorId: admin.id, actorEmail: admin.email },
			{ userId: person.id },
			true
		);
		expect(await t.app.accounts.viewerFrom(new Headers({ cookie }))).toBeNull();
		expect(
			await codeOf(t.app.accounts.signIn({ email: person.email, password: person.password }, requestInfo()))
		).toBe('account_disabled');
		await t.app.staff.setDisabled(
			{ actorId: admin.id, actorEmail: admin.email },
			{ userId: person.id },
			false
		);
		expect(
			(await t.app.accounts.signIn({ email: person.email, password: person.password }, requestInfo())).next
		).toBe('signed-in');
	});
});

describe('password reset', () => {
	it('emails a one-hour link that sets a new password, ends other sessions and works only once', async () => {
		const person = await createPerson(t.app);
		const oldSession = await person.cookieHeader();
		await t.app.accounts.requestPasswordReset({ email: person.email }, requestInfo());
		const message = await t.mail.waitFor(person.email);
		const link = t.mail.linkIn(message, '/reset-password');
		expect(link.origin).toBe(t.app.env.ORIGIN);
		const token = link.searchParams.get('token')!;

		const mismatch = await t.app.accounts
			.resetPassword({ token, password: 'new password one', confirmPassword: 'new password two' })
			.catch((e: AppError) => e);
		expect((mismatch as AppError).fields?.confirmPassword?.key).toBe('errors.field.passwordMismatch');

		const fresh = 'my new secret phrase';
		await t.app.accounts.resetPassword({ token, password: fresh, confirmPassword: fresh });
		expect(await t.app.accounts.viewerFrom(new Headers({ cookie: oldSession }))).toBeNull();
		expect(
			await codeOf(t.app.accounts.signIn({ email: person.email, password: person.password }, requestInfo()))
		).toBe('invalid_credentials');
		expect((await t.app.accounts.signIn({ email: person.email, password: fresh }, requestInfo())).next).toBe(
			'signed-in'
		);
		expect(
			await codeOf(
				t.app.accounts.resetPassword({
					token,
					password: 'yet another one!',
					confirmPassword: 'yet another one!'
				})
			)
		).toBe('token_invalid');
	});

	it('answers the same for an unknown address and sends nothing', async () => {
		const email = uniqueEmail('unknown');
		await expect(t.app.accounts.requestPasswordReset({ email }, requestInfo())).resolves.toBeUndefined();
		await t.mail.deliver();
		expect(t.mail.messages.filter((m) => m.to.includes(email))).toHaveLength(0);
	});

	it('limits reset requests per email', async () => {
		const person = await createPerson(t.app);
		const codes: string[] = [];
		for (let i = 0; i < 4; i++) {
			codes.push(
				await t.app.accounts.requestPasswordReset({ email: person.email }, requestInfo()).then(
					() => 'ok',
					(e: AppError) => e.code
				)
			);
		}
		expect(codes).toEqual(['ok', 'ok', 'ok', 'rate_limited']);
		await t.mail.deliver();
	});
});

describe('two-step sign-in setup', () => {
	it('turns TOTP on after the password and a code from the authenticator', async () => {
		const person = await createPerson(t.app, { roles: ['mate'] });
		const req = await person.request();
		expect(await codeOf(t.app.accounts.startTwoFactorSetup({ password: 'not my password' }, req))).toBe(
			'invalid_credentials'
		);
		const { totpURI, backupCodes } = await t.app.accounts.startTwoFactorSetup(
			{ password: person.password },
			req
		);
		expect(backupCodes.length).toBeGreaterThan(0);
		const secret = new URL(totpURI).searchParams.get('secret')!;
		expect(await codeOf(t.app.accounts.confirmTwoFactorSetup({ code: wrongTotp(secret) }, req))).toBe(
			'token_invalid'
		);
		const done = await t.app.accounts.confirmTwoFactorSetup({ code: totpFor(secret) }, req);
		const resolved = await t.app.accounts.viewerFrom(
			new Headers({ cookie: mergeCookies(req.headers.get('cookie')!, done.setCookies) })
		);
		expect(resolved?.viewer.twoFactorEnabled).toBe(true);
		expect(
			(await t.app.accounts.signIn({ email: person.email, password: person.password }, requestInfo())).next
		).toBe('two-factor');
	});
});

describe('language', () => {
	it('remembers a chosen language so emails arrive in it', async () => {
		const person = await createPerson(t.app, { roles: ['mate'] });
		await t.app.accounts.setLanguage(person.id, 'ko');
		const [row] = await t.app.db.select({ locale: user.locale }).from(user).where(eq(user.id, person.id));
		expect(row.locale).toBe('ko');

		await t.app.accounts.requestPasswordReset({ email: person.email }, requestInfo({ locale: 'en' }));
		const mail = await t.mail.waitFor(person.email);
		expect(mail.subject).toBe('비밀번호 재설정');
	});
});
