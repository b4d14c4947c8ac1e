import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { actionBy, createPerson, requestInfo } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { account, session, twoFactor, user } from '../accounts/schema.ts';
import { listAudit } from '../audit/service.ts';

let t: TestApp;
beforeAll(async () => {
	t = await createTestApp();
});
afterAll(async () => {
	await t?.close();
});

describe('data export', () => {
	it('contains the account, roles, sessions, tokens and actions, and no password hash or TOTP secret', async () => {
		const person = await createPerson(t.app, { roles: ['mate', 'analyst'] });
		await person.cookieHeader();
		const viewer = (await t.app.accounts.viewerFrom((await person.request()).headers))!.viewer;
		await t.app.tokens.create(actionBy(person), viewer, { name: 'export check', scopes: ['analyst'] });

		const exported = await t.app.privacy.exportData(person.id);
		expect(exported.format).toBe('sotong-account-export/1');
		expect(exported.account).toMatchObject({
			id: person.id,
			email: person.email,
			name: person.name,
			twoFactorEnabled: true
		});
		expect(exported.roles.map((r) => r.role).sort()).toEqual(['analyst', 'mate']);
		expect(exported.sessions.length).toBeGreaterThan(0);
		expect(exported.apiTokens).toEqual([
			expect.objectContaining({ name: 'export check', scopes: ['analyst'] })
		]);
		expect(exported.actions.map((a) => a.action)).toContain('api_token.create');

		const json = JSON.stringify(exported);
		const [credential] = await t.app.db
			.select({ hash: account.password })
			.from(account)
			.where(eq(account.userId, person.id));
		const [secret] = await t.app.db
			.select({ secret: twoFactor.secret, backup: twoFactor.backupCodes })
			.from(twoFactor)
			.where(eq(twoFactor.userId, person.id));
		expect(credential.hash).toBeTruthy();
		expect(json).not.toContain(credential.hash!);
		expect(json).not.toContain(secret.secret);
		expect(json).not.toContain(secret.backup);
		expect(json).not.toContain(person.totpSecret!);
		expect(json).not.toContain(person.password);
		expect(json).not.toMatch(/"(password|tokenHash|token|secret)"/);
	});

	it('answers not_found for an unknown account', async () => {
		expect((await failure(t.app.privacy.exportData('nobody'))).code).toBe('not_found');
	});
});

describe('account deletion', () => {
	it('needs the right password and the confirmation, then removes the account and its sessions', async () => {
		const person = await createPerson(t.app, { roles: ['mate'] });
		const cookie = await person.cookieHeader();
		const ctx = actionBy(person);

		const wrong = await failure(
			t.app.privacy.deleteAccount(ctx, { password: 'not the password', confirm: 'on' })
		);
		expect(wrong.code).toBe('invalid_credentials');
		const unconfirmed = await failure(t.app.privacy.deleteAccount(ctx, { password: person.password }));
		expect(unconfirmed.code).toBe('validation_failed');
		expect(unconfirmed.fields?.confirm?.key).toBe('errors.field.mustAccept');
		expect(await t.app.db.select().from(user).where(eq(user.id, person.id))).toHaveLength(1);

		await t.app.privacy.deleteAccount(ctx, { password: person.password, confirm: 'on' });
		expect(await t.app.db.select().from(user).where(eq(user.id, person.id))).toHaveLength(0);
		expect(await t.app.db.select().from(session).where(eq(session.userId, person.id))).toHaveLength(0);
		expect(await t.app.accounts.viewerFrom(new Headers({ cookie }))).toBeNull();
		const signIn = await failure(
			t.app.accounts.signIn({ email: person.email, password: person.password }, requestInfo())
		);
		expect(signIn.code).toBe('invalid_credentials');

		const { events } = await listAudit(t.app.db, { action: 'account.delete', q: person.id });
		expect(events).toHaveLength(1);
		expect(events[0].details).toMatchObject({ contentPolicy: 'anonymise' });
		// The audit record keeps no email address of the deleted person.
		expect(JSON.stringify(events[0])).not.toContain(person.email);
	});
});

describe('privacy notice', () => {
	it('publishes new versions and records acceptance of the current one only', async () => {
		const admin = await createPerson(t.app, { roles: ['admin'] });
		const person = await createPerson(t.app);
		const first = await t.app.privacy.currentNotice();
		expect(first.bodyEn.length).toBeGreaterThan(20);
		expect(first.bodyKo.length).toBeGreaterThan(20);

		const tooShort = await failure(
			t.app.privacy.publishNotice(actionBy(admin), { bodyEn: 'short', bodyKo: '짧음' })
		);
		expect(tooShort.code).toBe('validation_failed');

		const version = await t.app.privacy.publishNotice(actionBy(admin), {
			bodyEn: 'The second version of our privacy notice, in English.',
			bodyKo: '개인정보 처리방침 두 번째 판입니다. 한국어 본문입니다.'
		});
		expect(version).toBe(first.version + 1);
		expect((await t.app.privacy.currentNotice()).version).toBe(version);
		const { events } = await listAudit(t.app.db, { action: 'privacy.notice.publish' });
		expect(events[0]).toMatchObject({ actorId: admin.id, targetId: String(version) });

		expect((await failure(t.app.privacy.accept(person.id, first.version))).code).toBe('conflict');
		await t.app.privacy.accept(person.id, version);
		const [row] = await t.app.db.select().from(user).where(eq(user.id, person.id));
		expect(row.privacyVersion).toBe(version);
		expect(row.privacyAcceptedAt).toBeInstanceOf(Date);
	});
});
