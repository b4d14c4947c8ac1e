import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createPerson } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { categoryId, postBody, readerFor, visitor } from '../../../../tests/support/forum.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { ForumReader } from './policy.ts';
import { forumPost, forumTopic } from './schema.ts';

const clock = fixedClock(new Date('2026-09-01T03:00:00Z'));
let t: TestApp;
let mate: ForumReader;
let otherMate: ForumReader;
let applicant: ForumReader;
let staff: ForumReader;
const ids: Record<string, string> = {};
const staffCtx = { actorId: null, actorEmail: 'forum-test@example.com' };

const topicInput = (category: string, overrides: Record<string, unknown> = {}) => ({
	category,
	title: '한강 야시장 같이 가요',
	body: postBody('Who is going to the night market by the river on Saturday?'),
	...overrides
});

const postsIn = async (topicId: number) =>
	(await t.app.db.select({ n: count() }).from(forumPost).where(eq(forumPost.topicId, topicId)))[0].n;

beforeAll(async () => {
	t = await createTestApp({ clock });
	const [m1, m2, a, s] = await Promise.all([
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['applicant'] }),
		createPerson(t.app, { roles: ['content-reviewer'] })
	]);
	[mate, otherMate, applicant, staff] = await Promise.all([m1, m2, a, s].map((p) => readerFor(t.app, p)));
	for (const slug of ['announcements', 'missions', 'places-and-events', 'help'])
		ids[slug] = await categoryId(t.app, slug);
});
afterAll(async () => {
	await t?.close();
});

describe('forum categories', () => {
	it('start with the six defaults, and a second start adds none twice', async () => {
		await t.app.forum.ensureCategories();
		const all = await t.app.forum.categoriesFor(staff);
		expect(all.map((c) => c.slug)).toEqual([
			'announcements',
			'missions',
			'ideas',
			'places-and-events',
			'photo-and-video-tips',
			'help'
		]);
	});

	it('show visitors and applicants the public ones only, Mates and staff all of them', async () => {
		const slugs = async (r: ForumReader) => (await t.app.forum.categoriesFor(r)).map((c) => c.slug);
		const publicOnes = ['announcements', 'places-and-events', 'photo-and-video-tips'];
		expect(await slugs(visitor)).toEqual(publicOnes);
		expect(await slugs(applicant)).toEqual(publicOnes);
		expect(await slugs(mate)).toHaveLength(6);
		expect((await failure(t.app.forum.categoryBySlug(visitor, 'missions'))).code).toBe('not_found');
		expect((await t.app.forum.categoryBySlug(mate, 'missions')).nameKo).toBe('미션');
	});
});

describe('who may read, start topics and reply', () => {
	it('keeps a Mates-only topic from visitors and applicants as if it did not exist', async () => {
		const { id } = await t.app.forum.startTopic(mate, topicInput(ids.missions));
		for (const r of [visitor, applicant]) {
			expect((await failure(t.app.forum.topicFor(r, id))).code).toBe('not_found');
			expect((await failure(t.app.forum.reply(r, id, { body: postBody('hi') }))).code).toBe('not_found');
		}
		expect((await t.app.forum.topicFor(otherMate, id)).topic.title).toBe('한강 야시장 같이 가요');
		expect((await t.app.forum.topicFor(staff, id)).category.slug).toBe('missions');
		const reply = await t.app.forum.reply(otherMate, id, { body: postBody('I am in!') });
		expect(reply.number).toBe(2);
	});

	it('lets visitors and applicants read public topics but not write in them', async () => {
		const { id } = await t.app.forum.startTopic(mate, topicInput(ids['places-and-events']));
		expect((await t.app.forum.topicFor(visitor, id)).topic.postCount).toBe(1);
		expect((await failure(t.app.forum.reply(applicant, id, { body: postBody('Me too') }))).code).toBe(
			'forbidden'
		);
		const refused = await failure(t.app.forum.startTopic(applicant, topicInput(ids['places-and-events'])));
		expect(refused.fields?.category?.key).toBe('errors.field.forumCategory');
		expect(await postsIn(id)).toBe(1);
	});

	it('lets only staff start announcements, and Mates reply to them', async () => {
		const refused = await failure(t.app.forum.startTopic(mate, topicInput(ids.announcements)));
		expect(refused.fields?.category?.key).toBe('errors.field.forumStaffStarts');
		const { id } = await t.app.forum.startTopic(staff, topicInput(ids.announcements, { title: 'Welcome' }));
		expect((await t.app.forum.reply(mate, id, { body: postBody('Thank you!') })).number).toBe(2);
	});

	it('refuses replies to a locked topic except from staff, and changes nothing', async () => {
		const { id } = await t.app.forum.startTopic(mate, topicInput(ids.help));
		await t.app.forum.setTopicState(staffCtx, staff, id, { locked: true });
		const locked = await failure(t.app.forum.reply(otherMate, id, { body: postBody('One more thing') }));
		expect(locked.code).toBe('topic_locked');
		expect(await postsIn(id)).toBe(1);
		expect((await t.app.forum.reply(staff, id, { body: postBody('Answered by email.') })).number).toBe(2);
		expect((await failure(t.app.forum.setTopicState(staffCtx, mate, id, { locked: false }))).code).toBe(
			'forbidden'
		);
	});

	it('pins topics to the top of their category', async () => {
		const first = await t.app.forum.startTopic(mate, topicInput(ids.help, { title: 'Pinned question' }));
		clock.advance(60_000);
		await t.app.forum.startTopic(mate, topicInput(ids.help, { title: 'Newer question' }));
		await t.app.forum.setTopicState(staffCtx, staff, first.id, { pinned: true });
		const { topics } = await t.app.forum.topicsIn(mate, ids.help);
		expect(topics[0]).toMatchObject({ title: 'Pinned question', pinned: true });
		expect(topics[1].title).toBe('Newer question');
	});
});

describe('bad input', () => {
	const before = async () =>
		(await t.app.db.select({ n: count() }).from(forumTopic))[0].n +
		':' +
		(await t.app.db.select({ n: count() }).from(forumPost))[0].n;

	it('refuses an empty post, a megabyte of text and a forged category with a field message', async () => {
		const counts = await before();
		const empty = await failure(
			t.app.forum.startTopic(mate, topicInput(ids.missions, { body: postBody('  ') }))
		);
		expect(empty.fields?.body?.key).toBe('errors.field.postEmpty');
		const editorEmpty = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] });
		expect(
			(await failure(t.app.forum.startTopic(mate, topicInput(ids.missions, { body: editorEmpty })))).fields
				?.body?.key
		).toBe('errors.field.postEmpty');
		const huge = 'x'.repeat(1024 * 1024);
		for (const body of [{ bodyText: huge, body: '' }, { body: postBody(huge) }]) {
			const tooLong = await failure(t.app.forum.startTopic(mate, topicInput(ids.missions, body)));
			expect(tooLong.fields?.body?.key).toBe('errors.field.postTooLong');
		}
		const forged = await failure(t.app.forum.startTopic(mate, topicInput(newId())));
		expect(forged.fields?.category?.key).toBe('errors.field.forumCategory');
		const noTitle = await failure(t.app.forum.startTopic(mate, topicInput(ids.missions, { title: ' ' })));
		expect(noTitle.fields?.title?.key).toBe('errors.field.required');
		expect(await before()).toBe(counts);
	});

	it('keeps a script tag as text, never as HTML, and refuses nodes the editor does not make', async () => {
		const { id } = await t.app.forum.startTopic(mate, {
			category: ids.missions,
			title: '<script>alert(1)</script>',
			bodyText: 'Look: <script>alert("x")</script> <img src=x onerror=alert(1)>'
		});
		const { posts } = await t.app.forum.postsPage({ id, postCount: 1 }, 1);
		expect(posts[0].html).not.toContain('<script');
		expect(posts[0].html).not.toContain('<img');
		expect(posts[0].html).toContain('&lt;script&gt;');
		const html = JSON.stringify({ type: 'doc', content: [{ type: 'html', text: '<script>x</script>' }] });
		expect((await failure(t.app.forum.reply(mate, id, { body: html }))).fields?.body?.key).toBe(
			'errors.field.storyBody'
		);
		const heading = JSON.stringify({
			type: 'doc',
			content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Big' }] }]
		});
		expect((await failure(t.app.forum.reply(mate, id, { body: heading }))).fields?.body?.key).toBe(
			'errors.field.postContent'
		);
		const badLink = JSON.stringify({
			type: 'doc',
			content: [
				{
					type: 'paragraph',
					content: [
						{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }
					]
				}
			]
		});
		expect((await failure(t.app.forum.reply(mate, id, { body: badLink }))).fields?.body?.key).toBe(
			'errors.field.storyLink'
		);
		expect(await postsIn(id)).toBe(1);
	});
});
