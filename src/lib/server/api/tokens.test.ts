import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { actionBy, createPerson, type Person } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import type { Viewer } from '../accounts/roles.ts';
import { listAudit } from '../audit/service.ts';
import { fixedClock } from '../core/clock.ts';
import { hashSecret } from '../core/ids.ts';
import { apiToken } from './schema.ts';

const clock = fixedClock(new Date());
let t: TestApp;
let admin: Person;
beforeAll(async () => {
	t = await createTestApp({ clock });
	admin = await createPerson(t.app, { roles: ['admin'] });
});
afterAll(async () => {
	await t?.close();
});

async function viewerOf(person: Person): Promise<Viewer> {
	const resolved = await t.app.accounts.viewerFrom((await person.request()).headers);
	if (!resolved) throw new Error(`${person.email} could not sign in`);
	return resolved.viewer;
}

describe('API tokens', () => {
	it('shows the secret once and stores only its hash', async () => {
		const person = await createPerson(t.app, { roles: ['analyst'] });
		const { id, secret } = await t.app.tokens.create(actionBy(person), await viewerOf(person), {
			name: 'dashboard',
			scopes: 'analyst'
		});
		expect(secret).toMatch(/^stk_[A-Za-z0-9_-]{30,}$/);

		const [row] = await t.app.db.select().from(apiToken).where(eq(apiToken.id, id));
		expect(row.tokenHash).toBe(hashSecret(secret));
		expect(JSON.stringify(row)).not.toContain(secret);
		expect(secret.startsWith(row.prefix)).toBe(true);

		const listed = await t.app.tokens.list(person.id);
		expect(listed).toEqual([
			expect.objectContaining({ id, name: 'dashboard', scopes: ['analyst'], revokedAt: null })
		]);
		expect(JSON.stringify(listed)).not.toContain(secret);
		expect(listed[0]).not.toHaveProperty('tokenHash');

		const { events } = await listAudit(t.app.db, { action: 'api_token.create', q: id });
		expect(events[0]).toMatchObject({
			actorId: person.id,
			details: { name: 'dashboard', scopes: ['analyst'] }
		});
	});

	it('only grants roles the creator holds', async () => {
		const person = await createPerson(t.app, { roles: ['analyst'] });
		const err = await failure(
			t.app.tokens.create(actionBy(person), await viewerOf(person), {
				name: 'x',
				scopes: ['analyst', 'admin']
			})
		);
		expect(err.code).toBe('forbidden');
		expect(err.fields?.scopes?.key).toBe('errors.field.scopeNotHeld');
		const none = await failure(
			t.app.tokens.create(actionBy(person), await viewerOf(person), { name: 'x', scopes: [] })
		);
		expect(none.code).toBe('validation_failed');
	});

	it('authenticates as the intersection of its scopes and the owner’s current roles', async () => {
		const person = await createPerson(t.app, { roles: ['mate', 'analyst', 'inbox-agent'] });
		const { secret } = await t.app.tokens.create(actionBy(person), await viewerOf(person), {
			name: 'both',
			scopes: ['analyst', 'inbox-agent']
		});
		const first = await t.app.tokens.authenticate(secret);
		expect(first).toMatchObject({ userId: person.id, email: person.email, twoFactorEnabled: true });
		expect(first!.roles.sort()).toEqual(['analyst', 'inbox-agent']);

		await t.app.staff.setRoles(actionBy(admin), {
			userId: person.id,
			roles: ['inbox-agent', 'content-reviewer']
		});
		const after = await t.app.tokens.authenticate(secret);
		expect(after!.roles).toEqual(['inbox-agent']);

		const [row] = await t.app.db
			.select()
			.from(apiToken)
			.where(eq(apiToken.tokenHash, hashSecret(secret)));
		expect(row.lastUsedAt?.getTime()).toBe(clock.now().getTime());
	});

	it('gives nothing for unknown, malformed, revoked or expired tokens, or a disabled owner', async () => {
		const person = await createPerson(t.app, { roles: ['analyst'] });
		const viewer = await viewerOf(person);
		expect(await t.app.tokens.authenticate('stk_unknown-token-value')).toBeNull();
		expect(await t.app.tokens.authenticate('not-a-token')).toBeNull();
		expect(await t.app.tokens.authenticate(`stk_${'x'.repeat(300)}`)).toBeNull();

		const revoked = await t.app.tokens.create(actionBy(person), viewer, {
			name: 'revoked',
			scopes: ['analyst']
		});
		await t.app.tokens.revoke(actionBy(person), revoked.id, false);
		expect(await t.app.tokens.authenticate(revoked.secret)).toBeNull();
		expect((await failure(t.app.tokens.revoke(actionBy(person), revoked.id, false))).code).toBe('not_found');

		const expiring = await t.app.tokens.create(actionBy(person), viewer, {
			name: 'one day',
			scopes: ['analyst'],
			expiresInDays: '1'
		});
		expect(await t.app.tokens.authenticate(expiring.secret)).not.toBeNull();
		clock.advance(86_400_000);
		expect(await t.app.tokens.authenticate(expiring.secret)).toBeNull();

		const other = await t.app.tokens.create(actionBy(person), viewer, {
			name: 'owner disabled',
			scopes: ['analyst']
		});
		await t.app.staff.setDisabled(actionBy(admin), { userId: person.id }, true);
		expect(await t.app.tokens.authenticate(other.secret)).toBeNull();
	});

	it('lets only the owner or an administrator revoke a token', async () => {
		const owner = await createPerson(t.app, { roles: ['analyst'] });
		const stranger = await createPerson(t.app, { roles: ['analyst'] });
		const { id, secret } = await t.app.tokens.create(actionBy(owner), await viewerOf(owner), {
			name: 'shared',
			scopes: ['analyst']
		});
		expect((await failure(t.app.tokens.revoke(actionBy(stranger), id, false))).code).toBe('not_found');
		expect(await t.app.tokens.authenticate(secret)).not.toBeNull();
		await t.app.tokens.revoke(actionBy(admin), id, true);
		expect(await t.app.tokens.authenticate(secret)).toBeNull();
	});
});
