import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../../tests/support/factories.ts';
import { categoryId, postBody, readerFor } from '../../../../tests/support/forum.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import type { ForumReader } from '../forum/policy.ts';
import { digestQueue } from './digest.ts';

const clock = fixedClock(new Date('2026-09-01T03:00:00Z'));
const day = 24 * 60 * 60 * 1000;
let t: TestApp;
let writer: ForumReader;
let reader: ForumReader & { email: string };
let member: ForumReader & { email: string };
let weekly: ForumReader & { email: string };

const digestsTo = (email: string) =>
	t.mail.messages.filter((m) => m.to.includes(email) && /forum/i.test(m.subject));

beforeAll(async () => {
	t = await createTestApp({ clock });
	const [w, r, m, wk] = await Promise.all([
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['applicant'] }),
		createPerson(t.app, { roles: ['mate'], locale: 'ko' })
	]);
	writer = await readerFor(t.app, w);
	reader = { ...(await readerFor(t.app, r)), email: r.email };
	member = { ...(await readerFor(t.app, m)), email: m.email };
	weekly = { ...(await readerFor(t.app, wk)), email: wk.email };
	await t.app.notifications.updateSettings(reader.userId!, { digest: 'daily', instantEmail: 'on' });
	await t.app.notifications.updateSettings(member.userId!, { digest: 'daily' });
	await t.app.notifications.updateSettings(weekly.userId!, { digest: 'weekly' });
	await t.app.jobs.drain('mail.send');
});
afterAll(async () => {
	await t?.close();
});

describe('the forum digest', () => {
	it('holds what each person may read and did not mute, with an unsubscribe link', async () => {
		clock.advance(60_000);
		const publicTopic = await t.app.forum.startTopic(writer, {
			category: await categoryId(t.app, 'places-and-events'),
			title: 'Lantern festival this weekend',
			body: postBody('Cheonggyecheon, from Friday.')
		});
		await t.app.forum.reply(writer, publicTopic.id, { body: postBody('Bring a warm coat.') });
		const matesTopic = await t.app.forum.startTopic(writer, {
			category: await categoryId(t.app, 'missions'),
			title: 'Mission plan for October',
			body: postBody('Only for Mates.')
		});
		const muted = await t.app.forum.startTopic(writer, {
			category: await categoryId(t.app, 'ideas'),
			title: 'A topic the reader muted',
			body: postBody('Nothing to see.')
		});
		await t.app.notifications.setTopicLevel(reader, muted.id, { level: 'muted' });
		// Topics of a muted category stay out too.
		const tips = await categoryId(t.app, 'photo-and-video-tips');
		await t.app.notifications.setCategoryLevel(reader, tips, { level: 'muted' });
		await t.app.forum.startTopic(writer, {
			category: tips,
			title: 'Phone tripods',
			body: postBody('Which one?')
		});

		clock.advance(day);
		expect(await t.app.notifications.digests.send('daily')).toBe(2);
		await t.app.jobs.drain('mail.send');

		const [mine] = digestsTo(reader.email);
		expect(mine.subject).toBe('What is new in the forum today');
		expect(mine.text).toContain('Lantern festival this weekend (Places and events) — new topic, 2 new posts');
		expect(mine.text).toContain(`/forum/t/${publicTopic.id}-`);
		expect(mine.text).toContain('Mission plan for October (Missions)');
		expect(mine.text).toContain(`/forum/t/${matesTopic.id}-`);
		expect(mine.text).not.toContain('A topic the reader muted');
		expect(mine.text).not.toContain('Phone tripods');
		const unsubscribe = t.mail.linkIn(mine, '/unsubscribe/');
		expect(mine.headers['list-unsubscribe']).toBe(`<${unsubscribe.href}>`);
		expect((await t.app.notifications.unsubscribeFor(unsubscribe.pathname.split('/').pop()!))?.scope).toBe(
			'digest'
		);

		// An applicant reads the public categories only.
		const [theirs] = digestsTo(member.email);
		expect(theirs.text).toContain('Lantern festival this weekend');
		expect(theirs.text).toContain('Phone tripods');
		expect(theirs.text).not.toContain('Mission plan for October');
		expect(theirs.text).not.toContain('A topic the reader muted');
		// Weekly readers wait for their week.
		expect(digestsTo(weekly.email)).toEqual([]);
	});

	it('sends nothing when nothing is new, nor twice in a day, nor to whoever stopped it', async () => {
		expect(await t.app.notifications.digests.send('daily')).toBe(0);
		clock.advance(day);
		const before = t.mail.messages.length;
		expect(await t.app.notifications.digests.send('daily')).toBe(0);
		await t.app.jobs.drain('mail.send');
		expect(t.mail.messages.length).toBe(before);

		const [mine] = digestsTo(reader.email);
		await t.app.notifications.unsubscribe(t.mail.linkIn(mine, '/unsubscribe/').pathname.split('/').pop()!);
		expect(await t.app.notifications.settingsOf(reader.userId!)).toEqual({
			instantEmail: true,
			digest: 'none'
		});
		clock.advance(60_000);
		await t.app.forum.startTopic(writer, {
			category: await categoryId(t.app, 'places-and-events'),
			title: 'Autumn leaves at Namsan',
			body: postBody('Best in late October.')
		});
		clock.advance(day);
		expect(await t.app.notifications.digests.send('daily')).toBe(1); // the applicant's, not the reader's
	});

	it('sends the weekly digest a week after it was chosen, in the reader’s language, from the scheduled job', async () => {
		clock.advance(5 * day);
		await t.app.notifications.digests.scheduleNext('weekly');
		await t.app.notifications.digests.runScheduled('weekly');
		await t.app.jobs.drain('mail.send');
		const [theirs] = t.mail.messages.filter((m) => m.to.includes(weekly.email));
		expect(theirs.subject).toBe('이번 주 포럼의 새 소식');
		expect(theirs.text).toContain('Mission plan for October (미션)');
		expect(theirs.text).toContain('Autumn leaves at Namsan');
		// Whatever runs of the queue come next (restarts queue them again), nobody gets a second one.
		await t.app.jobs.drain(digestQueue);
		await t.app.jobs.drain('mail.send');
		expect(t.mail.messages.filter((m) => m.to.includes(weekly.email))).toHaveLength(1);
	});
});
