import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { categoryId, postBody, readerFor } from '../../../../tests/support/forum.ts';
import { admitMate, openCohort2026 } from '../../../../tests/support/mates.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import { putSetting } from '../settings/service.ts';
import type { ForumReader } from '../forum/policy.ts';
import { removeRole } from '../staff/service.ts';
import { emailQueue } from './service.ts';

const clock = fixedClock(new Date('2026-09-01T03:00:00Z'));
let t: TestApp;
type Mate = Awaited<ReturnType<typeof admitMate>> & { reader: ForumReader };
let ana: Mate;
let ben: Mate;
let cleo: Mate;
let dana: Mate;
let missions: string;
let ideas: string;

const mate = async (manager: Parameters<typeof admitMate>[1], name: string): Promise<Mate> => {
	const m = await admitMate(t.app, manager, 2026, name);
	return { ...m, reader: { userId: m.userId, access: 'mate' } };
};
const list = async (m: Mate) => (await t.app.notifications.listFor(m.reader)).items;
const unread = (m: Mate) => t.app.notifications.unreadCount(m.reader);

beforeAll(async () => {
	t = await createTestApp({ clock });
	// The clock stands still here: the posting rate limit (anti-abuse.test.ts) is set to its most.
	await putSetting(t.app.db, 'forum.postsPerMinute', 60, null);
	const manager = await createPerson(t.app, { roles: ['programme-manager'] });
	await openCohort2026(t.app, manager);
	[ana, ben, cleo, dana] = [
		await mate(manager, 'Ana Lima'),
		await mate(manager, 'Ben Okafor'),
		await mate(manager, 'Cleo Marsh'),
		await mate(manager, 'Dana Kim')
	];
	missions = await categoryId(t.app, 'missions');
	ideas = await categoryId(t.app, 'ideas');
	await t.app.jobs.drain('mail.send');
});
afterAll(async () => {
	await t?.close();
});

describe('mentions', () => {
	it('tell a Mate named with @handle, link the handle to their page, and tell nobody who may not read', async () => {
		// Cleo is an alumna now: she keeps her page (and handle) but not the Mates' categories.
		await removeRole(t.app.db, cleo.userId, 'mate');
		const { id } = await t.app.forum.startTopic(ana.reader, {
			category: missions,
			title: 'Filming the lantern festival',
			body: postBody(`Who has a gimbal? @${ben.slug} and @${cleo.slug}, you filmed last year. @nobody-here`)
		});
		const [ben1] = await list(ben);
		expect(ben1).toMatchObject({
			kind: 'mention',
			actor: ana.name,
			topicTitle: 'Filming the lantern festival'
		});
		expect(ben1.href).toMatch(new RegExp(`^/forum/t/${id}-filming-the-lantern-festival\\?page=1#post-1$`));
		expect(await list(cleo)).toEqual([]);
		const { posts } = await t.app.forum.postsPage({ id, postCount: 1 }, 1);
		expect(posts[0].html).toContain(`<a class="mention" href="/mates/${ben.slug}">@${ben.slug}</a>`);
		expect(posts[0].html).toContain('@nobody-here');
		expect(posts[0].html).not.toContain('href="/mates/nobody-here"');
	});

	it('do not count inside a quote, nor for the writer themselves', async () => {
		const { id } = await t.app.forum.startTopic(ana.reader, {
			category: ideas,
			title: 'Night buses',
			body: JSON.stringify({
				type: 'doc',
				content: [
					{
						type: 'blockquote',
						content: [{ type: 'paragraph', content: [{ type: 'text', text: `@${dana.slug} said so` }] }]
					},
					{ type: 'paragraph', content: [{ type: 'text', text: `I agree, says @${ana.slug}` }] }
				]
			})
		});
		expect((await list(dana)).filter((n) => n.href.includes(`/t/${id}-`))).toEqual([]);
		expect((await list(ana)).filter((n) => n.href.includes(`/t/${id}-`))).toEqual([]);
	});
});

describe('replies and subscriptions', () => {
	it('tell whoever started or replied to a topic about new replies, but not the writer', async () => {
		const { id } = await t.app.forum.startTopic(ana.reader, {
			category: ideas,
			title: 'Bike lanes by the river',
			body: postBody('Could the river paths have a bike lane?')
		});
		await t.app.forum.reply(ben.reader, id, { body: postBody('Yes, the Mangwon side needs one.') });
		const forAna = (await list(ana)).filter((n) => n.href.includes(`/t/${id}-`));
		expect(forAna).toHaveLength(1);
		expect(forAna[0]).toMatchObject({ kind: 'reply', actor: ben.name, read: false });
		expect(forAna[0].href).toContain('#post-2');
		// Ben replied, so he follows the topic now.
		await t.app.forum.reply(ana.reader, id, { body: postBody('Agreed.') });
		expect((await list(ben)).filter((n) => n.href.includes(`/t/${id}-`))[0]).toMatchObject({ kind: 'reply' });
		expect((await list(ana)).filter((n) => n.href.includes(`/t/${id}-`))).toHaveLength(1);
	});

	it('mute a topic (even mentions), and muting a category wins over a topic subscription but not mentions', async () => {
		const { id } = await t.app.forum.startTopic(ana.reader, {
			category: ideas,
			title: 'Quiet topic',
			body: postBody('Start.')
		});
		await t.app.forum.reply(ben.reader, id, { body: postBody('Ben is here.') });
		await t.app.notifications.setTopicLevel(ben.reader, id, { level: 'muted' });
		await t.app.forum.reply(ana.reader, id, { body: postBody(`@${ben.slug} are you there?`) });
		expect((await list(ben)).filter((n) => n.href.includes(`/t/${id}-`))).toEqual([]);

		// Ana mutes the whole category: Ben's reply in her own topic no longer reaches her…
		await t.app.notifications.setCategoryLevel(ana.reader, ideas, { level: 'muted' });
		await t.app.notifications.setTopicLevel(ben.reader, id, { level: 'off' });
		await t.app.forum.reply(ben.reader, id, { body: postBody('Yes!') });
		const mine = async () => (await list(ana)).filter((n) => n.href.includes(`/t/${id}-`));
		expect((await mine()).map((n) => n.kind)).toEqual(['reply']);
		// …but calling her by name does.
		clock.advance(1000);
		await t.app.forum.reply(ben.reader, id, { body: postBody(`@${ana.slug} see above`) });
		expect((await mine()).map((n) => n.kind)).toEqual(['mention', 'reply']);
		await t.app.notifications.setCategoryLevel(ana.reader, ideas, { level: 'off' });
	});

	it('keep an explicit choice when the person replies again, and refuse topics they may not read', async () => {
		const { id } = await t.app.forum.startTopic(ana.reader, {
			category: ideas,
			title: 'Choice',
			body: postBody('x')
		});
		await t.app.notifications.setTopicLevel(ben.reader, id, { level: 'off' });
		await t.app.forum.reply(ben.reader, id, { body: postBody('y') });
		expect(await t.app.notifications.followingTopic(ben.reader, id)).toEqual({
			topic: 'off',
			category: null
		});
		const outsider: ForumReader = { userId: cleo.userId, access: 'member' };
		expect(
			(await failure(t.app.notifications.setTopicLevel(outsider, id, { level: 'subscribed' }))).code
		).toBe('not_found');
		expect((await failure(t.app.notifications.setTopicLevel(ben.reader, id, { level: 'loud' }))).code).toBe(
			'validation_failed'
		);
	});

	it('tell subscribers of a category about its new topics', async () => {
		await t.app.notifications.setCategoryLevel(dana.reader, ideas, { level: 'subscribed' });
		const { id } = await t.app.forum.startTopic(ana.reader, {
			category: ideas,
			title: 'Street food map',
			body: postBody('A map?')
		});
		const [latest] = await list(dana);
		expect(latest).toMatchObject({ kind: 'topic', topicTitle: 'Street food map' });
		// Replies in it are not news for the category's subscribers.
		await t.app.forum.reply(ben.reader, id, { body: postBody('Yes please') });
		expect((await list(dana)).filter((n) => n.href.includes(`/t/${id}-`))).toHaveLength(1);
		await t.app.notifications.setCategoryLevel(dana.reader, ideas, { level: 'off' });
	});
});

describe('the list and the unread count', () => {
	it('count unread, clear when the post is read in the topic or marked, and hide what is no longer readable', async () => {
		await t.app.notifications.markAllRead(dana.reader);
		expect(await unread(dana)).toBe(0);
		const { id } = await t.app.forum.startTopic(ana.reader, {
			category: missions,
			title: 'Market morning',
			body: postBody(`@${dana.slug} join us?`)
		});
		clock.advance(1000);
		await t.app.forum.reply(ana.reader, id, { body: postBody(`@${dana.slug} 7 am at the gate`) });
		expect(await unread(dana)).toBe(2);
		await t.app.forum.markRead(dana.reader, id, 1, clock.now());
		expect(await unread(dana)).toBe(1);
		const [second] = await list(dana);
		await t.app.notifications.markRead(ben.reader, second.id); // not Ben's: changes nothing
		expect(await unread(dana)).toBe(1);
		await t.app.notifications.markRead(dana.reader, second.id);
		expect(await unread(dana)).toBe(0);
		expect((await list(dana)).slice(0, 2).map((n) => n.read)).toEqual([true, true]);

		await t.app.forum.reply(ana.reader, id, { body: postBody(`@${dana.slug} one more`) });
		expect(await unread(dana)).toBe(1);
		// Dana's term ends: the Mates-only topic is gone from her notifications, count included.
		await removeRole(t.app.db, dana.userId, 'mate');
		const asMember: ForumReader = { userId: dana.userId, access: 'member' };
		expect(await t.app.notifications.unreadCount(asMember)).toBe(0);
		expect(
			(await t.app.notifications.listFor(asMember)).items.filter((n) => n.href.includes(`/t/${id}-`))
		).toEqual([]);
	});
});

describe('instant emails', () => {
	it('are sent by the job, once, with an unsubscribe link that works without signing in', async () => {
		await t.app.jobs.drain(emailQueue);
		await t.app.jobs.drain('mail.send');
		const before = t.mail.messages.length;
		const { id } = await t.app.forum.startTopic(ben.reader, {
			category: missions,
			title: 'Han river clean-up',
			body: postBody(`@${ana.slug} can you bring bags?`)
		});
		// Nothing is sent inside the request: the job sends it.
		expect(t.mail.messages.length).toBe(before);
		expect(await t.app.jobs.drain(emailQueue)).toBe(1);
		const mail = await t.mail.waitFor(ana.email, { subject: 'Han river clean-up' });
		expect(mail.subject).toBe(`${ben.name} mentioned you in “Han river clean-up”`);
		expect(mail.text).toContain('can you bring bags?');
		expect(mail.text).toContain(`/forum/t/${id}-han-river-clean-up?page=1#post-1`);
		const unsubscribe = t.mail.linkIn(mail, '/unsubscribe/');
		expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribe.href}>`);

		const token = unsubscribe.pathname.split('/').pop()!;
		expect(await t.app.notifications.unsubscribeFor(token)).toEqual({ scope: 'instant', email: ana.email });
		expect(await t.app.notifications.unsubscribeFor(`${token.slice(0, -2)}xx`)).toBeNull();
		expect((await failure(t.app.notifications.unsubscribe(token.replace('instant', 'digest')))).code).toBe(
			'token_invalid'
		);
		await t.app.notifications.unsubscribe(token);
		expect(await t.app.notifications.settingsOf(ana.userId)).toEqual({ instantEmail: false, digest: 'none' });

		// Still told in the app, no longer by email; and a job run again sends nothing twice.
		const toAna = () => t.mail.messages.filter((m) => m.to.includes(ana.email)).length;
		const sentBefore = toAna();
		await t.app.forum.reply(ben.reader, id, { body: postBody(`@${ana.slug} thanks!`) });
		await t.app.jobs.drain(emailQueue);
		await t.app.jobs.drain('mail.send');
		expect(toAna()).toBe(sentBefore);
		expect(await t.app.notifications.sendInstantEmails((await list(ana)).map((n) => n.id))).toBe(0);
		expect((await list(ana))[0]).toMatchObject({ kind: 'mention', read: false });
	});
});

describe('moderation', () => {
	it('hides a hidden post from notifications and tells its writer by email why', async () => {
		const reviewer = await createPerson(t.app, { roles: ['content-reviewer'] });
		const staff = await readerFor(t.app, reviewer);
		const topic = await t.app.forum.startTopic(dana.reader, {
			category: await categoryId(t.app, 'places-and-events'),
			title: 'A topic that will lose a reply',
			body: postBody('Please read this.')
		});
		const reply = await t.app.forum.reply(cleo.reader, topic.id, {
			body: postBody('Call me at 010-0000-0000.')
		});
		const about = async () =>
			(await list(dana)).filter((n) => n.topicTitle === 'A topic that will lose a reply');
		expect(await about()).toHaveLength(1);
		const before = await unread(dana);
		const { posts } = await t.app.forum.postsPage({ id: topic.id, postCount: 2 }, 1, dana.reader);
		await t.app.forum.hidePost(actionBy(reviewer), staff, posts[1].id, {
			reason: 'A phone number in public'
		});
		expect(await about()).toHaveLength(0);
		expect(await unread(dana)).toBe(before - 1);
		expect(reply.number).toBe(2);
		const mail = await t.mail.waitFor(cleo.email, { subject: /staff/i });
		expect(mail.text).toContain('A phone number in public');
		expect(mail.text).toContain(`/forum/t/${topic.id}`);
	});
});

describe('following a category and suggesting handles', () => {
	it('show how a reader follows a category, and refuse one they may not read', async () => {
		expect(
			await t.app.notifications.followingCategory({ userId: null, access: 'visitor' }, ideas)
		).toBeNull();
		expect(await t.app.notifications.followingCategory(ana.reader, missions)).toBe('off');
		await t.app.notifications.setCategoryLevel(ana.reader, missions, { level: 'muted' });
		expect(await t.app.notifications.followingCategory(ana.reader, missions)).toBe('muted');
		const outsider: ForumReader = { userId: dana.userId, access: 'member' };
		expect(
			(await failure(t.app.notifications.setCategoryLevel(outsider, missions, { level: 'subscribed' }))).code
		).toBe('not_found');
	});

	it('suggest Mates who may read where the post goes, by topic or by category', async () => {
		const { id } = await t.app.forum.startTopic(ana.reader, {
			category: ideas,
			title: 'Who to ask',
			body: postBody('x')
		});
		const typed = ben.slug.slice(0, 3);
		const byTopic = await t.app.notifications.mentionSuggestions(ana.reader, { topicId: id }, typed);
		expect(byTopic).toContainEqual({ handle: ben.slug, name: expect.any(String) });
		const byCategory = await t.app.notifications.mentionSuggestions(ana.reader, { categoryId: ideas }, typed);
		expect(byCategory).toEqual(byTopic);
		expect(
			await t.app.notifications.mentionSuggestions(ana.reader, { categoryId: 'no-such' }, typed)
		).toEqual([]);
		const outsider: ForumReader = { userId: dana.userId, access: 'member' };
		expect(await t.app.notifications.mentionSuggestions(outsider, { categoryId: ideas }, typed)).toEqual([]);
	});
});
