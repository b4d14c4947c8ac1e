import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../../tests/support/factories.ts';
import { categoryId, postBody, readerFor, visitor } from '../../../../tests/support/forum.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import type { ForumReader } from './policy.ts';
import { pageOfPost, postsPerPage } from './reading.ts';
import { topicIdFrom } from './schemas.ts';

const clock = fixedClock(new Date('2026-09-01T03:00:00Z'));
let t: TestApp;
let writer: ForumReader;
let reader: ForumReader;
let ideas: string;

const unreadIn = async (r: ForumReader, slug: string) =>
	(await t.app.forum.categoriesFor(r)).find((c) => c.slug === slug)!.unread;

beforeAll(async () => {
	t = await createTestApp({ clock });
	const [a, b] = await Promise.all([
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['mate'] })
	]);
	[writer, reader] = await Promise.all([readerFor(t.app, a), readerFor(t.app, b)]);
	ideas = await categoryId(t.app, 'ideas');
});
afterAll(async () => {
	await t?.close();
});

describe('unread tracking', () => {
	it('counts unread topics and posts, goes down after reading and up with new replies', async () => {
		const { id } = await t.app.forum.startTopic(writer, {
			category: ideas,
			title: 'Bilingual bus stop signs',
			body: postBody('Could every bus stop show its name in English too?')
		});
		// The writer has read what they wrote; the other Mate has not.
		expect(await unreadIn(writer, 'ideas')).toBe(0);
		expect(await unreadIn(reader, 'ideas')).toBe(1);
		let [row] = (await t.app.forum.topicsIn(reader, ideas)).topics;
		expect(row).toMatchObject({ id, unread: 1, lastRead: null });

		await t.app.forum.markRead(reader, id, 1, clock.now());
		expect(await unreadIn(reader, 'ideas')).toBe(0);
		expect((await t.app.forum.topicFor(reader, id)).lastRead).toBe(1);

		await t.app.forum.reply(writer, id, { body: postBody('Seoul does it on some lines already.') });
		await t.app.forum.reply(writer, id, { body: postBody('And the announcements too.') });
		expect(await unreadIn(reader, 'ideas')).toBe(1);
		[row] = (await t.app.forum.topicsIn(reader, ideas)).topics;
		expect(row).toMatchObject({ unread: 2, lastRead: 1 });
		// Where "new since your last visit" goes: after the last post read before this visit.
		expect((await t.app.forum.topicFor(reader, id)).lastRead).toBe(1);

		// Reading never moves backwards (an old page opened later).
		await t.app.forum.markRead(reader, id, 3, clock.now());
		await t.app.forum.markRead(reader, id, 2, clock.now());
		expect((await t.app.forum.topicFor(reader, id)).lastRead).toBe(3);
		expect(await unreadIn(reader, 'ideas')).toBe(0);
		// Visitors have no unread counts, and marking for them does nothing.
		await t.app.forum.markRead(visitor, id, 3, clock.now());
		expect(await t.app.forum.categoriesFor(visitor)).not.toContainEqual(
			expect.objectContaining({ slug: 'ideas' })
		);
	});
});

describe('pages of a long topic', () => {
	it('shows the last page of a topic with many replies, numbered in order', async () => {
		const { id } = await t.app.forum.startTopic(writer, {
			category: ideas,
			title: 'A long conversation',
			body: postBody('Post 1')
		});
		const total = postsPerPage * 3 + 5;
		for (let n = 2; n <= total; n++) {
			// Within the posting rate: each Mate posts every 30 seconds.
			clock.advance(15_000);
			await t.app.forum.reply(n % 2 ? writer : reader, id, { body: postBody(`Post ${n}`) });
		}
		const { topic } = await t.app.forum.topicFor(reader, id);
		expect(topic.postCount).toBe(total);
		const last = await t.app.forum.postsPage(topic, pageOfPost(total));
		expect(last).toMatchObject({ page: 4, pages: 4 });
		expect(last.posts.map((p) => p.number)).toEqual([61, 62, 63, 64, 65]);
		expect(last.posts[4].html).toBe('<p>Post 65</p>');
		const second = await t.app.forum.postsPage(topic, 2);
		expect(second.posts).toHaveLength(postsPerPage);
		expect(second.posts[0].number).toBe(postsPerPage + 1);
		// A page past the end shows the last one.
		expect((await t.app.forum.postsPage(topic, 999)).page).toBe(4);
	});

	it('reads topic numbers from addresses', () => {
		expect(topicIdFrom('42-bilingual-bus-stop-signs')).toBe(42);
		expect(topicIdFrom('42')).toBe(42);
		expect(topicIdFrom('한강-42')).toBeNull();
		expect(topicIdFrom('99999999999999')).toBeNull();
	});
});
