import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { categoryId, postBody, forumReaders, visitor } from '../../../../tests/support/forum.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import type { ForumReader } from './policy.ts';
import { putSetting } from '../settings/service.ts';

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
	// The clock stands still here: the posting rate limit (anti-abuse.test.ts) is set to its most.
	await putSetting(t.app.db, 'forum.postsPerMinute', 60, null);
	({ mate, otherMate, applicant, staff } = await forumReaders(t.app));
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

describe('reactions', () => {
	it('toggle one of each kind per member, with counts everyone who reads sees', async () => {
		const topic = await t.app.forum.startTopic(mate, {
			category: ids['places-and-events'],
			title: 'Lanterns tonight',
			body: postBody('Going at eight.')
		});
		const { topic: row } = await t.app.forum.topicFor(visitor, topic.id);
		const postId = (await t.app.forum.postsPage(row, 1)).posts[0].id;
		const count = async (r: ForumReader, name: string) =>
			(await t.app.forum.reactionsFor(r, [postId])).get(postId)!.find((c) => c.name === name)!;

		const given = await t.app.forum.toggleReaction(otherMate, { post: postId, reaction: 'heart' });
		expect(given.reacted).toBe(true);
		expect(given.path).toBe(`/forum/t/${topic.id}-lanterns-tonight?page=1#post-1`);
		await t.app.forum.toggleReaction(staff, { post: postId, reaction: 'heart' });
		await t.app.forum.toggleReaction(otherMate, { post: postId, reaction: 'thumbsUp' });
		expect(await count(otherMate, 'heart')).toMatchObject({ emoji: '❤️', count: 2, mine: true });
		expect(await count(visitor, 'heart')).toMatchObject({ count: 2, mine: false });
		expect(await count(visitor, 'thumbsUp')).toMatchObject({ count: 1 });

		// Pressing it again takes it back.
		expect((await t.app.forum.toggleReaction(otherMate, { post: postId, reaction: 'heart' })).reacted).toBe(
			false
		);
		expect(await count(otherMate, 'heart')).toMatchObject({ count: 1, mine: false });

		// Applicants read public categories but do not write, so they do not react; unknown kinds are refused.
		expect(
			(await failure(t.app.forum.toggleReaction(applicant, { post: postId, reaction: 'heart' }))).code
		).toBe('forbidden');
		expect((await failure(t.app.forum.toggleReaction(mate, { post: postId, reaction: '💩' }))).code).toBe(
			'validation_failed'
		);
	});

	it('are not given in a topic the reader may not read (as if it did not exist)', async () => {
		const topic = await t.app.forum.startTopic(mate, {
			category: ids.missions,
			title: 'Mates only',
			body: postBody('Secret plans.')
		});
		const { topic: row } = await t.app.forum.topicFor(mate, topic.id);
		const postId = (await t.app.forum.postsPage(row, 1)).posts[0].id;
		expect(
			(await failure(t.app.forum.toggleReaction(applicant, { post: postId, reaction: 'heart' }))).code
		).toBe('not_found');
	});
});

describe('topic search', () => {
	it('finds titles and post text, Korean two-letter words included, in categories the reader may read only', async () => {
		const festival = await t.app.forum.startTopic(mate, {
			category: ids['places-and-events'],
			title: '서울 축제 이야기',
			body: postBody('등불이 아름다웠어요.')
		});
		await t.app.forum.reply(otherMate, festival.id, {
			body: postBody('The lantern boats were the best part.')
		});
		const secret = await t.app.forum.startTopic(mate, {
			category: ids.missions,
			title: '축제 미션 계획',
			body: postBody('Mates only: the lantern mission plan.')
		});

		const found = async (r: ForumReader, q: string) =>
			(await t.app.forum.searchTopics(r, q)).map((h) => h.topicId);
		expect(await found(visitor, '축제')).toEqual([festival.id]);
		expect(await found(applicant, '축제')).toEqual([festival.id]);
		expect((await found(otherMate, '축제')).sort()).toEqual([festival.id, secret.id].sort());
		expect(await found(staff, 'LANTERN MISSION')).toEqual([secret.id]);
		expect(await found(visitor, 'LANTERN MISSION')).toEqual([]);
		expect(await found(visitor, 'lantern')).not.toContain(secret.id);
		// Every word must be found, in the title or the same post.
		expect(await found(visitor, '축제 boats')).toEqual([festival.id]);
		expect(await found(visitor, '축제 nowhere')).toEqual([]);
		expect(await found(visitor, '')).toEqual([]);

		const [hit] = await t.app.forum.searchTopics(visitor, 'boats');
		expect(hit).toMatchObject({
			title: '서울 축제 이야기',
			number: 2,
			text: 'The lantern boats were the best part.'
		});
		expect(hit.path).toBe(`/forum/t/${festival.id}-${festival.slug}?page=1#post-2`);
	});

	it('finds a post by its edited words, and no longer finds it once staff hide it', async () => {
		const topic = await t.app.forum.startTopic(mate, {
			category: ids['places-and-events'],
			title: 'Night market notes',
			body: postBody('First draft.')
		});
		const found = async (q: string) => (await t.app.forum.searchTopics(visitor, q)).map((h) => h.topicId);
		expect(await found('가야금')).toEqual([]);
		await t.app.forum.editPost(mate, topic.id, 1, { body: postBody('가야금 연주가 있었어요.') });
		expect(await found('가야금')).toEqual([topic.id]);
		const [first] = (await t.app.forum.postsPage({ id: topic.id, postCount: 1 }, 1, staff)).posts;
		await t.app.forum.hidePost({ actorId: staff.userId }, staff, first.id, { reason: 'Test of hiding' });
		expect(await found('가야금')).toEqual([]);
	});

	it('indexes posts written before search existed when the app starts', async () => {
		const { forumPostSearch } = await import('./extras-schema.ts');
		const topic = await t.app.forum.startTopic(mate, {
			category: ids['places-and-events'],
			title: 'Old hanok tea house',
			body: postBody('Before search.')
		});
		await t.app.db.delete(forumPostSearch);
		expect(await t.app.forum.searchTopics(visitor, 'hanok')).toEqual([]);
		expect(await t.app.forum.indexMissingPosts()).toBeGreaterThan(0);
		expect((await t.app.forum.searchTopics(visitor, 'hanok')).map((h) => h.topicId)).toEqual([topic.id]);
	});
});

describe('forum feeds', () => {
	it('list public topics with their first post, and have none for a Mates-only category', async () => {
		const open = await t.app.forum.startTopic(mate, {
			category: ids['places-and-events'],
			title: 'Feed: lantern walk',
			body: postBody('Meet at the stream at seven.')
		});
		await t.app.forum.startTopic(mate, {
			category: ids.missions,
			title: 'Feed: secret mission',
			body: postBody('Mates only.')
		});
		const feed = { title: 'Forum', description: 'Test', language: 'en' };
		const all = (await t.app.forum.topicsFeed(feed))!;
		expect(all).toContain('<title><![CDATA[Feed: lantern walk]]></title>');
		expect(all).toContain(`/forum/t/${open.id}-`);
		expect(all).toContain('Meet at the stream at seven.');
		expect(all).not.toContain('secret mission');
		expect(await t.app.forum.topicsFeed({ ...feed, categorySlug: 'places-and-events' })).toContain(
			'lantern walk'
		);
		expect(await t.app.forum.topicsFeed({ ...feed, categorySlug: 'missions' })).toBeNull();
		expect(await t.app.forum.topicsFeed({ ...feed, categorySlug: 'no-such-category' })).toBeNull();
	});
});
