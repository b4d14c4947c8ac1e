import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
	actionBy,
	createDepartment,
	createPerson,
	requestInfo,
	uniqueEmail,
	type Person
} from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { session } from '../accounts/schema.ts';
import { listAudit } from '../audit/service.ts';
import { rolesOf } from './service.ts';

let t: TestApp;
let admin: Person;
beforeAll(async () => {
	t = await createTestApp();
	admin = await createPerson(t.app, { roles: ['admin'] });
});
afterAll(async () => {
	await t?.close();
});

describe('invitations', () => {
	it('emails an invitation whose link creates the account with its roles', async () => {
		const email = uniqueEmail('invitee');
		await t.app.staff.invite(actionBy(admin), {
			name: 'New Analyst',
			email: email.toUpperCase(),
			roles: 'analyst'
		});
		const pending = await t.app.staff.listInvitations();
		expect(pending.map((i) => i.email)).toContain(email);

		const message = await t.mail.waitFor(email);
		const link = t.mail.linkIn(message, '/invitation');
		const token = link.searchParams.get('token')!;
		expect(await t.app.staff.findInvitation(token)).toMatchObject({
			email,
			name: 'New Analyst',
			roles: ['analyst']
		});

		const password = 'invited person password';
		expect(
			await t.app.staff.acceptInvitation({ token, password, confirmPassword: password }, '127.0.0.1')
		).toEqual({ email });
		const [person] = await t.app.staff.listPeople({ q: email });
		expect(person).toMatchObject({ email, name: 'New Analyst', emailVerified: true, roles: ['analyst'] });

		// The invitation works once; the new account signs in and must still set up two-step sign-in.
		expect(await t.app.staff.findInvitation(token)).toBeNull();
		expect(
			(await failure(t.app.staff.acceptInvitation({ token, password, confirmPassword: password }, null))).code
		).toBe('token_invalid');
		const step = await t.app.accounts.signIn({ email, password }, requestInfo());
		expect(step.next).toBe('signed-in');
		const { events } = await listAudit(t.app.db, { q: email });
		expect(events.map((e) => e.action)).toEqual(
			expect.arrayContaining(['staff.invite', 'staff.invitation.accept'])
		);
	});

	it('refuses an address that already has an account', async () => {
		const existing = await createPerson(t.app);
		const err = await failure(
			t.app.staff.invite(actionBy(admin), { name: 'Again', email: existing.email, roles: ['analyst'] })
		);
		expect(err.code).toBe('conflict');
		expect(err.fields?.email?.key).toBe('errors.field.emailTaken');
	});

	it('needs a department for a department responder', async () => {
		const email = uniqueEmail('responder');
		const err = await failure(
			t.app.staff.invite(actionBy(admin), { name: 'Responder', email, roles: ['department-responder'] })
		);
		expect(err.code).toBe('validation_failed');
		expect(err.fields?.departmentId?.key).toBe('errors.field.departmentRequired');
		const unknown = await failure(
			t.app.staff.invite(actionBy(admin), {
				name: 'Responder',
				email,
				roles: ['department-responder'],
				departmentId: 'no-such-dept'
			})
		);
		expect(unknown.fields?.departmentId?.key).toBe('errors.field.invalid');

		const departmentId = await createDepartment(t.app);
		await t.app.staff.invite(actionBy(admin), {
			name: 'Responder',
			email,
			roles: ['department-responder'],
			departmentId
		});
		const token = t.mail.linkIn(await t.mail.waitFor(email), '/invitation').searchParams.get('token')!;
		await t.app.staff.acceptInvitation(
			{ token, password: 'responder password', confirmPassword: 'responder password' },
			null
		);
		const [person] = await t.app.staff.listPeople({ q: email });
		expect(await rolesOf(t.app.db, person.id)).toEqual({ roles: ['department-responder'], departmentId });
	});

	it('refuses member roles and unknown roles in an invitation', async () => {
		for (const roles of [['mate'], ['superuser'], []]) {
			const err = await failure(
				t.app.staff.invite(actionBy(admin), { name: 'X', email: uniqueEmail('bad'), roles })
			);
			expect(err.code).toBe('validation_failed');
			// (Which key names the list item is core/validation's concern, tested in core/errors.test.ts.)
			expect(Object.keys(err.fields ?? {}).some((k) => k === 'roles' || k.startsWith('roles.'))).toBe(true);
		}
	});

	it('revokes a pending invitation so its link stops working', async () => {
		const email = uniqueEmail('revoked');
		await t.app.staff.invite(actionBy(admin), { name: 'Revoked', email, roles: ['analyst'] });
		const token = t.mail.linkIn(await t.mail.waitFor(email), '/invitation').searchParams.get('token')!;
		const invitation = (await t.app.staff.listInvitations()).find((i) => i.email === email)!;
		await t.app.staff.revokeInvitation(actionBy(admin), invitation.id);
		expect(await t.app.staff.findInvitation(token)).toBeNull();
		expect((await failure(t.app.staff.revokeInvitation(actionBy(admin), invitation.id))).code).toBe(
			'not_found'
		);
	});
});

describe('roles', () => {
	it('replaces staff roles, keeps member roles, and writes before and after to the audit log', async () => {
		const person = await createPerson(t.app, { roles: ['mate', 'analyst'] });
		await t.app.staff.setRoles(actionBy(admin), {
			userId: person.id,
			roles: ['inbox-agent', 'content-reviewer']
		});
		expect((await rolesOf(t.app.db, person.id)).roles.sort()).toEqual([
			'content-reviewer',
			'inbox-agent',
			'mate'
		]);

		const { events } = await listAudit(t.app.db, { action: 'staff.roles.set', q: person.email });
		expect(events[0]).toMatchObject({
			actorId: admin.id,
			actorEmail: admin.email,
			targetType: 'user',
			targetId: person.email,
			details: {
				before: expect.arrayContaining(['mate', 'analyst']),
				after: ['mate', 'inbox-agent', 'content-reviewer']
			}
		});
	});

	it('needs an existing department for a department responder', async () => {
		const person = await createPerson(t.app, { roles: ['analyst'] });
		const missing = await failure(
			t.app.staff.setRoles(actionBy(admin), { userId: person.id, roles: ['department-responder'] })
		);
		expect(missing.fields?.departmentId?.key).toBe('errors.field.departmentRequired');
		const departmentId = await createDepartment(t.app);
		await t.app.staff.setRoles(actionBy(admin), {
			userId: person.id,
			roles: ['department-responder', 'analyst'],
			departmentId
		});
		expect(await rolesOf(t.app.db, person.id)).toMatchObject({ departmentId });
	});

	it('does not let an administrator remove their own admin role', async () => {
		const err = await failure(
			t.app.staff.setRoles(actionBy(admin), { userId: admin.id, roles: ['analyst'] })
		);
		expect(err.code).toBe('conflict');
		expect(err.fields?.roles?.key).toBe('errors.field.ownAdmin');
		expect((await rolesOf(t.app.db, admin.id)).roles).toEqual(['admin']);
		// Adding a role while keeping admin is fine.
		await t.app.staff.setRoles(actionBy(admin), { userId: admin.id, roles: ['admin', 'analyst'] });
		expect((await rolesOf(t.app.db, admin.id)).roles.sort()).toEqual(['admin', 'analyst']);
	});

	it('answers not_found for an unknown person', async () => {
		expect(
			(await failure(t.app.staff.setRoles(actionBy(admin), { userId: 'nobody', roles: ['analyst'] }))).code
		).toBe('not_found');
	});
});

describe('disabling accounts', () => {
	it('ends every session of the person at once, and is audit-logged', async () => {
		const person = await createPerson(t.app, { roles: ['inbox-agent'] });
		const first = await person.cookieHeader();
		const second = await person.cookieHeader();
		expect(await t.app.accounts.viewerFrom(new Headers({ cookie: first }))).not.toBeNull();

		await t.app.staff.setDisabled(actionBy(admin), { userId: person.id }, true);
		expect(await t.app.db.select().from(session).where(eq(session.userId, person.id))).toHaveLength(0);
		expect(await t.app.accounts.viewerFrom(new Headers({ cookie: first }))).toBeNull();
		expect(await t.app.accounts.viewerFrom(new Headers({ cookie: second }))).toBeNull();
		const [listed] = await t.app.staff.listPeople({ q: person.email });
		expect(listed.disabledAt).toBeInstanceOf(Date);
		const { events } = await listAudit(t.app.db, { action: 'account.disable', q: person.email });
		expect(events).toHaveLength(1);
	});

	it('does not let an administrator disable themselves', async () => {
		expect((await failure(t.app.staff.setDisabled(actionBy(admin), { userId: admin.id }, true))).code).toBe(
			'conflict'
		);
	});
});

describe('people list', () => {
	it('finds people by name or email and can show staff only (Mates and applicants are not staff)', async () => {
		const mate = await createPerson(t.app, { roles: ['mate'], name: 'Zelda Searchable' });
		const member = await createPerson(t.app, { name: 'Zelda Nobody' });
		const staff = await createPerson(t.app, { roles: ['mate', 'analyst'], name: 'Zelda Staff' });
		const byName = await t.app.staff.listPeople({ q: 'zelda' });
		expect(byName.map((p) => p.id).sort()).toEqual([mate.id, member.id, staff.id].sort());
		expect((await t.app.staff.listPeople({ q: mate.email })).map((p) => p.id)).toEqual([mate.id]);
		expect((await t.app.staff.listPeople({ q: 'zelda', staffOnly: true })).map((p) => p.id)).toEqual([
			staff.id
		]);
		// LIKE wildcards in the search are taken literally.
		expect(await t.app.staff.listPeople({ q: '%' })).toEqual([]);
	});
});

describe('departments', () => {
	it('adds a department with a slug from its English name, audit-logged, and refuses the same name twice', async () => {
		const ctx = actionBy(admin);
		const id = await t.app.staff.createDepartment(ctx, {
			nameEn: 'Seoul Bike Ttareungyi Office',
			nameKo: '따릉이 운영팀',
			phone: '02-2133-0000'
		});
		const listed = (await t.app.staff.listDepartments()).find((d) => d.id === id);
		expect(listed).toMatchObject({
			slug: 'seoul-bike-ttareungyi-office',
			nameKo: '따릉이 운영팀',
			phone: '02-2133-0000'
		});
		const { events } = await listAudit(t.app.db, {
			action: 'department.create',
			q: 'seoul-bike-ttareungyi-office'
		});
		expect(events).toHaveLength(1);

		const again = await failure(
			t.app.staff.createDepartment(ctx, { nameEn: 'Seoul Bike  Ttareungyi office', nameKo: '다른 이름' })
		);
		expect(again.code).toBe('conflict');
		expect(again.fields?.nameEn?.key).toBe('errors.field.departmentTaken');
	});

	it('reports missing names and a bad phone number by field and adds nothing', async () => {
		const before = (await t.app.staff.listDepartments()).length;
		const err = await failure(
			t.app.staff.createDepartment(actionBy(admin), { nameEn: '', nameKo: '', phone: 'call me' })
		);
		expect(err.code).toBe('validation_failed');
		expect(err.fields).toMatchObject({
			nameEn: { key: 'errors.field.required' },
			nameKo: { key: 'errors.field.required' },
			phone: { key: 'errors.field.phone' }
		});
		expect((await t.app.staff.listDepartments()).length).toBe(before);
	});
});
