import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, type Person } from '../../../../tests/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditActions, listAudit, recordAudit } from './service.ts';

let t: TestApp;
let actor: Person;
/** A prefix for this file's actions, so events written by factories never mix in. */
const tag = `test${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
	t = await createTestApp();
	actor = await createPerson(t.app, { roles: ['admin'] });
	for (let i = 0; i < 25; i++) {
		await recordAudit(
			t.app.db,
			{ actorId: actor.id, actorEmail: actor.email, ipAddress: '192.0.2.7', userAgent: 'x'.repeat(400) },
			{
				action: `${tag}.${i % 2 === 0 ? 'even' : 'odd'}`,
				targetType: 'thing',
				targetId: `target-${i}`,
				details: { i }
			}
		);
	}
});
afterAll(async () => {
	await t?.close();
});

describe('audit log', () => {
	it('records who did what, from where, with details, trimming long user agents', async () => {
		const { events } = await listAudit(t.app.db, { q: 'target-24' });
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			actorId: actor.id,
			actorEmail: actor.email,
			action: `${tag}.even`,
			targetType: 'thing',
			targetId: 'target-24',
			details: { i: 24 },
			ipAddress: '192.0.2.7'
		});
		expect(events[0].userAgent).toHaveLength(300);
		expect(events[0].createdAt).toBeInstanceOf(Date);
	});

	it('pages newest first with a `before` cursor until nothing is left', async () => {
		const seen: number[] = [];
		let before: number | undefined;
		let pages = 0;
		for (;;) {
			const page = await listAudit(t.app.db, { q: tag, limit: 10, before });
			pages++;
			seen.push(...page.events.map((e) => Number(e.details.i)));
			if (page.nextBefore === null) break;
			expect(page.events).toHaveLength(10);
			expect(page.nextBefore).toBe(page.events.at(-1)!.id);
			before = page.nextBefore;
		}
		expect(pages).toBe(3);
		expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => 24 - i));
	});

	it('filters by action, text and time', async () => {
		const even = await listAudit(t.app.db, { action: `${tag}.even`, limit: 200 });
		expect(even.events).toHaveLength(13);
		expect(even.events.every((e) => e.action === `${tag}.even`)).toBe(true);

		expect(
			(await listAudit(t.app.db, { q: actor.email.toUpperCase(), limit: 200 })).events.length
		).toBeGreaterThanOrEqual(25);
		expect((await listAudit(t.app.db, { q: 'no-such-text' })).events).toEqual([]);
		// LIKE wildcards are escaped: a literal % matches nothing here.
		expect((await listAudit(t.app.db, { q: `${tag}%odd` })).events).toEqual([]);

		const all = (await listAudit(t.app.db, { q: tag, limit: 200 })).events;
		const middle = all[12];
		const from = await listAudit(t.app.db, { q: tag, from: middle.createdAt, limit: 200 });
		expect(from.events.map((e) => e.id)).toContain(middle.id);
		expect(from.events.every((e) => e.createdAt >= middle.createdAt)).toBe(true);
		const to = await listAudit(t.app.db, { q: tag, to: middle.createdAt, limit: 200 });
		expect(to.events.every((e) => e.createdAt <= middle.createdAt)).toBe(true);
		expect((await listAudit(t.app.db, { q: tag, from: new Date(Date.now() + 86_400_000) })).events).toEqual(
			[]
		);
		expect((await listAudit(t.app.db, { q: tag, to: new Date(0) })).events).toEqual([]);
	});

	it('caps a page at 200 rows', async () => {
		const page = await listAudit(t.app.db, { limit: 10_000 });
		expect(page.events.length).toBeLessThanOrEqual(200);
	});

	it('lists the distinct actions for the filter menu, sorted', async () => {
		const actions = await auditActions(t.app.db);
		expect(actions).toEqual(expect.arrayContaining([`${tag}.even`, `${tag}.odd`]));
		expect(actions.indexOf(`${tag}.even`)).toBeLessThan(actions.indexOf(`${tag}.odd`));
		expect(new Set(actions).size).toBe(actions.length);
	});

	it('rolls the record back with the change it describes', async () => {
		const action = `${tag}.rolledback`;
		await t.app.db
			.transaction(async (tx) => {
				await recordAudit(tx, { actorId: actor.id }, { action });
				throw new Error('the change failed');
			})
			.catch(() => undefined);
		expect((await listAudit(t.app.db, { action })).events).toEqual([]);
	});
});
