import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { actionBy, createPerson, type Person } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { categoryId, postBody, readerFor } from '../../../../tests/support/forum.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import { putSetting } from '../settings/service.ts';
import { documentFromText } from '../content/document.ts';
import { linksIn } from './anti-abuse.ts';
import type { ForumReader } from './policy.ts';
import { forumPost, forumTopic } from './schema.ts';

const clock = fixedClock(new Date('2026-09-01T03:00:00Z'));
let t: TestApp;
let ideas: string;
let reviewerPerson: Person;
let reviewer: ForumReader;
let staffWriter: ForumReader;

const newMate = async () => readerFor(t.app, await createPerson(t.app, { roles: ['mate'] }));
const linked = (...hrefs: string[]) =>
	JSON.stringify({
		type: 'doc',
		content: [
			{
				type: 'paragraph',
				content: hrefs.map((href) => ({
					type: 'text',
					text: `see ${href} `,
					marks: [{ type: 'link', attrs: { href } }]
				}))
			}
		]
	});
const postsBy = async (r: ForumReader) =>
	(await t.app.db.select({ n: count() }).from(forumPost).where(eq(forumPost.authorId, r.userId!)))[0].n;

beforeAll(async () => {
	t = await createTestApp({ clock });
	ideas = await categoryId(t.app, 'ideas');
	reviewerPerson = await createPerson(t.app, { roles: ['content-reviewer'] });
	reviewer = await readerFor(t.app, reviewerPerson);
	staffWriter = await readerFor(t.app, await createPerson(t.app, { roles: ['programme-manager'] }));
});
afterAll(async () => {
	await t?.close();
});
beforeEach(() => clock.advance(10 * 60_000));

describe('posting rate', () => {
	it('refuses posts past the limit a minute with how long to wait, and exempts staff', async () => {
		await putSetting(t.app.db, 'forum.postsPerMinute', 2, null);
		const mate = await newMate();
		const { id } = await t.app.forum.startTopic(mate, {
			category: ideas,
			title: 'Rate',
			body: postBody('One')
		});
		clock.advance(20_000);
		await t.app.forum.reply(mate, id, { body: postBody('Two') });
		const refused = await failure(t.app.forum.reply(mate, id, { body: postBody('Three') }));
		expect(refused.code).toBe('posting_too_fast');
		expect(refused.params).toEqual({ max: 2, seconds: 40 });
		expect(await postsBy(mate)).toBe(2);
		for (let i = 0; i < 4; i++) await t.app.forum.reply(staffWriter, id, { body: postBody(`Staff ${i}`) });
		clock.advance(41_000);
		await t.app.forum.reply(mate, id, { body: postBody('Three, later') });
		await putSetting(t.app.db, 'forum.postsPerMinute', 5, null);
	});
});

describe('links from new members', () => {
	it('counts links in text and marks', () => {
		expect(linksIn(documentFromText('Look at https://a.example and www.b.example'))).toBe(2);
		expect(linksIn(JSON.parse(linked('https://a.example', 'https://b.example')))).toBe(2);
		expect(linksIn(documentFromText('No links here.'))).toBe(0);
	});

	it('refuses more links than allowed until enough posts are approved', async () => {
		const mate = await newMate();
		const three = linked('https://a.example', 'https://b.example', 'https://c.example');
		const refused = await failure(
			t.app.forum.startTopic(mate, { category: ideas, title: 'Links', body: three })
		);
		expect(refused.fields?.body).toEqual({
			key: 'errors.field.postTooManyLinks',
			params: { max: 2, posts: 3 }
		});
		expect(await postsBy(mate)).toBe(0);
		const { id } = await t.app.forum.startTopic(mate, {
			category: ideas,
			title: 'Hello',
			body: postBody('Hi')
		});
		// Edits are held to the same limit.
		expect((await failure(t.app.forum.editPost(mate, id, 1, { body: three }))).fields?.body?.key).toBe(
			'errors.field.postTooManyLinks'
		);
		for (const n of [2, 3]) {
			clock.advance(30_000);
			await t.app.forum.reply(mate, id, { body: postBody(`Post ${n}`) });
		}
		clock.advance(30_000);
		expect((await t.app.forum.reply(mate, id, { body: three })).number).toBe(4);
		expect((await t.app.forum.reply(staffWriter, id, { body: three })).number).toBe(5);
	});
});

describe('first posts need approval', () => {
	it("holds a new member's first posts for a reviewer, visible only to them until approved", async () => {
		const host = await newMate();
		const { id } = await t.app.forum.startTopic(host, {
			category: ideas,
			title: 'Approval',
			body: postBody('Go')
		});
		await putSetting(t.app.db, 'forum.approvalPosts', 1, null);
		try {
			const mate = await newMate();
			const reply = await t.app.forum.reply(mate, id, { body: postBody('My first words') });
			expect(reply).toMatchObject({ pending: true, number: null });
			const { topic } = await t.app.forum.topicFor(host, id);
			expect(topic.postCount).toBe(1);
			expect((await t.app.forum.postsPage(topic, 1, host)).posts).toHaveLength(1);
			const waiting = await t.app.forum.waitingRepliesOf(mate, id);
			expect(waiting).toEqual([expect.objectContaining({ html: '<p>My first words</p>', rejected: false })]);
			expect(await t.app.forum.waitingRepliesOf(host, id)).toEqual([]);

			const started = await t.app.forum.startTopic(mate, {
				category: ideas,
				title: 'My topic',
				body: postBody('Hi')
			});
			expect(started).toMatchObject({ pending: true, id: 0, path: '/forum/ideas' });
			expect((await t.app.forum.waitingTopicsOf(mate, ideas))[0].title).toBe('My topic');
			const topicsBefore = (await t.app.db.select({ n: count() }).from(forumTopic))[0].n;

			const queue = await t.app.forum.approvalQueue(reviewer);
			const mine = queue.filter((q) => waiting[0].id === q.id || q.title === 'My topic');
			expect(mine).toHaveLength(2);
			expect((await failure(t.app.forum.approvalQueue(mate))).code).toBe('forbidden');
			expect(
				(await failure(t.app.forum.approvePost(actionBy(reviewerPerson), mate, waiting[0].id))).code
			).toBe('forbidden');

			const approved = await t.app.forum.approvePost(actionBy(reviewerPerson), reviewer, waiting[0].id);
			expect(approved.number).toBe(2);
			const after = (await t.app.forum.topicFor(host, id)).topic;
			expect((await t.app.forum.postsPage(after, 1, host)).posts[1].html).toBe('<p>My first words</p>');
			// One approved post is enough: the next one goes straight in.
			clock.advance(60_000);
			expect((await t.app.forum.reply(mate, id, { body: postBody('Second') })).number).toBe(3);

			const topicWaiting = (await t.app.forum.waitingTopicsOf(mate, ideas))[0];
			const noReason = await failure(
				t.app.forum.rejectPost(actionBy(reviewerPerson), reviewer, topicWaiting.id, {})
			);
			expect(noReason.fields?.reason?.key).toBe('errors.field.moderationReason');
			await t.app.forum.rejectPost(actionBy(reviewerPerson), reviewer, topicWaiting.id, {
				reason: 'Duplicate'
			});
			expect((await t.app.forum.waitingTopicsOf(mate, ideas))[0]).toMatchObject({
				rejected: true,
				reason: 'Duplicate'
			});
			expect((await t.app.db.select({ n: count() }).from(forumTopic))[0].n).toBe(topicsBefore);
			expect((await t.app.forum.approvalQueue(reviewer)).some((q) => q.id === topicWaiting.id)).toBe(false);

			// Staff never wait.
			expect((await t.app.forum.reply(staffWriter, id, { body: postBody('Welcome') })).pending).toBe(false);
		} finally {
			await putSetting(t.app.db, 'forum.approvalPosts', 0, null);
		}
	});

	it('starts an approved new topic with its first post', async () => {
		await putSetting(t.app.db, 'forum.approvalPosts', 1, null);
		try {
			const mate = await newMate();
			await t.app.forum.startTopic(mate, {
				category: ideas,
				title: 'Cleaner parks',
				body: postBody('More bins')
			});
			const [waiting] = await t.app.forum.waitingTopicsOf(mate, ideas);
			const { path } = await t.app.forum.approvePost(actionBy(reviewerPerson), reviewer, waiting.id);
			const topicId = Number(/\/forum\/t\/(\d+)-cleaner-parks$/.exec(path)?.[1]);
			const { topic } = await t.app.forum.topicFor(mate, topicId);
			expect(topic).toMatchObject({ title: 'Cleaner parks', postCount: 1, authorId: mate.userId });
			expect(await t.app.forum.waitingTopicsOf(mate, ideas)).toEqual([]);
		} finally {
			await putSetting(t.app.db, 'forum.approvalPosts', 0, null);
		}
	});
});
