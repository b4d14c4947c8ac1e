import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { categoryId, postBody, readerFor, visitor } from '../../../../tests/support/forum.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import type { ForumReader } from './policy.ts';

let now = new Date('2026-09-01T03:00:00Z');
const clock = { now: () => now };
const later = (ms: number) => (now = new Date(now.getTime() + ms));
let t: TestApp;
let mate: ForumReader;
let otherMate: ForumReader;
let applicant: ForumReader;
let staff: ForumReader;
const ids: Record<string, string> = {};

beforeAll(async () => {
	t = await createTestApp({ clock });
	const people = await Promise.all([
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['applicant'] }),
		createPerson(t.app, { roles: ['content-reviewer'] })
	]);
	[mate, otherMate, applicant, staff] = await Promise.all(people.map((p) => readerFor(t.app, p)));
	for (const slug of ['places-and-events', 'missions']) ids[slug] = await categoryId(t.app, slug);
});
afterAll(async () => {
	await t?.close();
});

describe('drafts', () => {
	it('keep a new topic and a reply for their writer alone, and go when posted', async () => {
		const loadedAt = now.toISOString();
		await t.app.forum.saveDraft(mate, {
			key: 'new',
			category: ids.missions,
			title: 'Half a thought',
			body: postBody('I was going to say…'),
			loadedAt
		});
		const draft = await t.app.forum.draftFor(mate, 'new');
		expect(draft).toMatchObject({
			categoryId: ids.missions,
			title: 'Half a thought',
			plain: 'I was going to say…'
		});
		expect(await t.app.forum.draftFor(otherMate, 'new')).toBeNull();
		expect(await t.app.forum.draftFor(visitor, 'new')).toBeNull();
		expect((await failure(t.app.forum.saveDraft(applicant, { key: 'new', body: postBody('x') }))).code).toBe(
			'forbidden'
		);

		later(60_000);
		const topic = await t.app.forum.startTopic(mate, {
			category: ids.missions,
			title: 'A whole thought',
			body: postBody('Here it is.')
		});
		expect(await t.app.forum.draftFor(mate, 'new')).toBeNull();
		// A save sent from the page before posting, arriving after it, does not bring the draft back.
		await t.app.forum.saveDraft(mate, { key: 'new', title: 'Late', body: postBody('late'), loadedAt });
		expect(await t.app.forum.draftFor(mate, 'new')).toBeNull();

		const key = `topic:${topic.id}` as const;
		await t.app.forum.saveDraft(otherMate, { key, bodyText: 'Count me in' });
		expect((await t.app.forum.draftFor(otherMate, key))?.plain).toBe('Count me in');
		await t.app.forum.reply(otherMate, topic.id, { body: postBody('Count me in, Saturday.') });
		expect(await t.app.forum.draftFor(otherMate, key)).toBeNull();
		// A topic the person may not read takes no draft.
		expect((await failure(t.app.forum.saveDraft(staff, { key: 'topic:999999', bodyText: 'x' }))).code).toBe(
			'not_found'
		);
	});

	it('are removed when emptied or discarded, and refuse what the editor does not allow', async () => {
		await t.app.forum.saveDraft(mate, { key: 'new', bodyText: 'Something' });
		await t.app.forum.saveDraft(mate, { key: 'new', bodyText: '' });
		expect(await t.app.forum.draftFor(mate, 'new')).toBeNull();
		await t.app.forum.saveDraft(mate, { key: 'new', bodyText: 'Something' });
		await t.app.forum.discardDraft(mate, 'new');
		expect(await t.app.forum.draftFor(mate, 'new')).toBeNull();
		const bad = JSON.stringify({ type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] });
		expect((await failure(t.app.forum.saveDraft(mate, { key: 'new', body: bad }))).code).toBe(
			'validation_failed'
		);
	});
});
