import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { actionBy, createPerson, type Person } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { categoryId, postBody, readerFor, visitor } from '../../../../tests/support/forum.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditEvent } from '../audit/schema.ts';
import { fixedClock } from '../core/clock.ts';
import { forumFlag, forumPostRevision } from './moderation-schema.ts';
import type { ModerationEvent } from './moderation.ts';
import type { ForumReader } from './policy.ts';
import { forumPost } from './schema.ts';
import { createForumService } from './service.ts';

const clock = fixedClock(new Date('2026-09-01T03:00:00Z'));
let t: TestApp;
let people: Record<'writer' | 'mate' | 'applicant' | 'reviewer' | 'manager', Person>;
let writer: ForumReader;
let mate: ForumReader;
let applicant: ForumReader;
let reviewer: ForumReader;
let manager: ForumReader;
const ids: Record<string, string> = {};
const told: ModerationEvent[] = [];
/** The forum as the lead wires it: a hook told of every moderation action once it has committed. */
let forum: ReturnType<typeof createForumService>;
const as = (p: Person) => actionBy(p);
const reason = { reason: 'Personal details of someone else' };

/** A fresh topic by the writer in a public category, with a reply by the other Mate; time moves on. */
async function conversation(category = 'places-and-events') {
	clock.advance(60_000);
	const { id } = await forum.startTopic(writer, {
		category: ids[category],
		title: 'Night markets',
		body: postBody('My phone number is 010-0000-0000, call me!')
	});
	await forum.reply(mate, id, { body: postBody('Thanks, see you there.') });
	const { topic } = await forum.topicFor(reviewer, id);
	const { posts } = await forum.postsPage(topic, 1, reviewer);
	return { id, first: posts[0], second: posts[1] };
}

const audited = async (action: string, targetId: string) =>
	(
		await t.app.db
			.select({ n: count() })
			.from(auditEvent)
			.where(and(eq(auditEvent.action, action), eq(auditEvent.targetId, targetId)))
	)[0].n;

beforeAll(async () => {
	t = await createTestApp({ clock });
	forum = createForumService({ db: t.app.db, clock, onModerated: (e) => void told.push(e) });
	const [w, m, a, r, pm] = await Promise.all([
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['applicant'] }),
		createPerson(t.app, { roles: ['content-reviewer'] }),
		createPerson(t.app, { roles: ['programme-manager'] })
	]);
	people = { writer: w, mate: m, applicant: a, reviewer: r, manager: pm };
	[writer, mate, applicant, reviewer, manager] = await Promise.all(
		[w, m, a, r, pm].map((p) => readerFor(t.app, p))
	);
	for (const slug of ['places-and-events', 'missions', 'ideas', 'announcements'])
		ids[slug] = await categoryId(t.app, slug);
});
afterAll(async () => {
	await t?.close();
});

describe('editing own posts', () => {
	it('lets the writer change their post, sets editedAt and keeps every version for staff', async () => {
		const { id, first } = await conversation();
		clock.advance(5_000);
		await forum.editPost(writer, id, 1, { body: postBody('See you at the market at 7.') });
		clock.advance(5_000);
		await forum.editPost(writer, id, 1, { body: postBody('See you at the market at 8.') });
		const { topic } = await forum.topicFor(mate, id);
		const [post] = (await forum.postsPage(topic, 1, mate)).posts;
		expect(post.html).toBe('<p>See you at the market at 8.</p>');
		expect(post.editedAt).toEqual(clock.now());
		// A script tag typed into an edit stays text.
		clock.advance(5_000);
		await forum.editPost(mate, id, 2, { bodyText: 'Fixed: <script>alert(1)</script>' });
		const reply = (await forum.postsPage(topic, 1, mate)).posts[1];
		expect(reply.html).toBe('<p>Fixed: &lt;script&gt;alert(1)&lt;/script&gt;</p>');
		const history = await forum.postHistory(first.id);
		expect(history.map((h) => [h.version, h.html, h.byStaff])).toEqual([
			[1, '<p>My phone number is 010-0000-0000, call me!</p>', false],
			[2, '<p>See you at the market at 7.</p>', false],
			[3, '<p>See you at the market at 8.</p>', false]
		]);
	});

	it("refuses someone else's post, a locked topic, and bad text, changing nothing", async () => {
		const { id, first } = await conversation();
		expect((await failure(forum.editPost(mate, id, 1, { body: postBody('Mine now') }))).code).toBe(
			'forbidden'
		);
		expect((await failure(forum.editPost(visitor, id, 1, { body: postBody('x') }))).code).toBe('forbidden');
		for (const body of [postBody(' '), postBody('x'.repeat(1024 * 1024))])
			expect((await failure(forum.editPost(writer, id, 1, { body }))).fields?.body).toBeDefined();
		await forum.setTopicState(as(people.reviewer), reviewer, id, { locked: true }, 'Answered');
		expect((await failure(forum.editPost(writer, id, 1, { body: postBody('Late') }))).code).toBe(
			'topic_locked'
		);
		const [row] = await t.app.db.select().from(forumPost).where(eq(forumPost.id, first.id));
		expect(row.editedAt).toBeNull();
		expect(await forum.postHistory(first.id)).toEqual([]);
	});
});

describe('flags', () => {
	it('takes one open flag per person per post, from signed-in readers only', async () => {
		const { id, first } = await conversation();
		await forum.flagPost(mate, id, 1, { reason: 'spam' });
		expect((await failure(forum.flagPost(mate, id, 1, { reason: 'offensive' }))).code).toBe(
			'already_flagged'
		);
		// An applicant reads public categories, so they may flag there.
		await forum.flagPost(applicant, id, 1, { reason: 'other', note: 'Phone number of a stranger' });
		expect((await failure(forum.flagPost(visitor, id, 1, { reason: 'spam' }))).code).toBe('unauthenticated');
		expect((await failure(forum.flagPost(writer, id, 1, { reason: 'spam' }))).code).toBe('forbidden');
		const noNote = await failure(forum.flagPost(reviewer, id, 1, { reason: 'other', note: ' ' }));
		expect(noNote.fields?.note?.key).toBe('errors.field.flagNote');
		const forged = await failure(forum.flagPost(reviewer, id, 1, { reason: 'boring' }));
		expect(forged.fields?.reason?.key).toBe('errors.field.flagReason');
		expect((await forum.flaggedBy(mate, [first.id])).has(first.id)).toBe(true);
		const queue = await forum.flagQueue(reviewer);
		expect(queue.find((q) => q.postId === first.id)).toMatchObject({ flags: 2, topicId: id });
		expect((await failure(forum.flagQueue(mate))).code).toBe('forbidden');
		expect((await failure(forum.flagQueue(manager))).code).toBe('forbidden');
	});

	it('keeps Mates-only posts unflaggable for those who cannot read them', async () => {
		const { id } = await conversation('missions');
		expect((await failure(forum.flagPost(applicant, id, 1, { reason: 'spam' }))).code).toBe('not_found');
	});

	it('lets a reviewer dismiss the flags on a post, audited', async () => {
		const { id, second } = await conversation();
		await forum.flagPost(writer, id, 2, { reason: 'off-topic' });
		expect((await failure(forum.dismissFlags(as(people.mate), mate, second.id))).code).toBe('forbidden');
		await forum.dismissFlags(as(people.reviewer), reviewer, second.id, 'It is on topic');
		expect((await forum.flagQueue(reviewer)).some((q) => q.postId === second.id)).toBe(false);
		const [flag] = await t.app.db.select().from(forumFlag).where(eq(forumFlag.postId, second.id));
		expect(flag).toMatchObject({ resolution: 'dismiss', resolvedBy: people.reviewer.id });
		expect(await audited('forum.flags_dismissed', second.id)).toBe(1);
		// Once settled, the same person may flag the post again.
		await forum.flagPost(writer, id, 2, { reason: 'spam' });
	});
});

describe('moderation actions', () => {
	it('hides a flagged post: readers see it was hidden, its writer sees it and why', async () => {
		const { id, first } = await conversation();
		await forum.flagPost(mate, id, 1, { reason: 'offensive' });
		for (const r of [mate, manager, applicant, writer])
			expect((await failure(forum.hidePost(as(people.mate), r, first.id, reason))).code).toBe('forbidden');
		const noReason = await failure(forum.hidePost(as(people.reviewer), reviewer, first.id, { reason: ' ' }));
		expect(noReason.fields?.reason?.key).toBe('errors.field.moderationReason');
		told.length = 0;
		await forum.hidePost(as(people.reviewer), reviewer, first.id, reason);
		const { topic } = await forum.topicFor(mate, id);
		expect((await forum.postsPage(topic, 1, mate)).posts[0]).toMatchObject({ hidden: true, html: '' });
		expect((await forum.postsPage(topic, 1)).posts[0].html).toBe('');
		expect((await forum.postsPage(topic, 1, writer)).posts[0].html).toContain('010-0000-0000');
		const notes = await forum.notesFor(writer, id);
		expect(notes[0]).toMatchObject({ action: 'hide', postId: first.id, reason: reason.reason });
		expect(await forum.notesFor(mate, id)).toEqual([]);
		expect(await audited('forum.hide', first.id)).toBe(1);
		expect((await forum.flagQueue(reviewer)).some((q) => q.postId === first.id)).toBe(false);
		expect(told).toEqual([
			expect.objectContaining({ action: 'hide', subjectId: people.writer.id, reason: reason.reason })
		]);
		// A hidden post cannot be quoted, flagged or edited by its writer.
		expect(await forum.postToQuote(mate, id, 1)).toBeNull();
		await forum.unhidePost(as(people.reviewer), reviewer, first.id, { reason: 'Number removed' });
		expect((await forum.postsPage(topic, 1, mate)).posts[0].hidden).toBe(false);
	});

	it('edits a post as staff: "edited by staff" for all, the reason for the writer, the version kept', async () => {
		const { id, first } = await conversation();
		expect(
			(await failure(forum.editAsStaff(as(people.mate), mate, first.id, { body: postBody('x'), ...reason })))
				.code
		).toBe('forbidden');
		await forum.editAsStaff(as(people.reviewer), reviewer, first.id, {
			body: postBody('My phone number is [removed by staff], call me!'),
			...reason
		});
		const { topic } = await forum.topicFor(mate, id);
		const [post] = (await forum.postsPage(topic, 1, mate)).posts;
		expect(post.staffEditedAt).toEqual(clock.now());
		expect(post.html).toContain('[removed by staff]');
		const revisions = await t.app.db
			.select()
			.from(forumPostRevision)
			.where(eq(forumPostRevision.postId, first.id));
		expect(revisions.find((r) => r.version === 2)).toMatchObject({ byStaff: true, reason: reason.reason });
		expect((await forum.notesFor(writer, id))[0].action).toBe('staff_edit');
		expect(await audited('forum.staff_edit', first.id)).toBe(1);
	});

	it('moves a topic to another category, and merges a topic into another renumbering its posts', async () => {
		const a = await conversation();
		const b = await conversation();
		expect(
			(await failure(forum.moveTopic(as(people.mate), mate, a.id, { category: ids.ideas, ...reason }))).code
		).toBe('forbidden');
		const forged = await failure(
			forum.moveTopic(as(people.reviewer), reviewer, a.id, { category: 'nope', ...reason })
		);
		expect(forged.fields?.category?.key).toBe('errors.field.forumCategory');
		await forum.moveTopic(as(people.reviewer), reviewer, a.id, {
			category: ids.ideas,
			reason: 'About the city'
		});
		expect((await forum.topicFor(mate, a.id)).category.slug).toBe('ideas');
		expect((await failure(forum.topicFor(applicant, a.id))).code).toBe('not_found');
		expect((await forum.notesFor(writer, a.id))[0]).toMatchObject({
			action: 'move',
			reason: 'About the city'
		});

		const self = await failure(
			forum.mergeTopic(as(people.reviewer), reviewer, b.id, { into: String(b.id), ...reason })
		);
		expect(self.fields?.into?.key).toBe('errors.field.mergeTarget');
		await forum.mergeTopic(as(people.reviewer), reviewer, b.id, {
			into: `/forum/t/${a.id}-x`,
			reason: 'Same subject'
		});
		const { topic } = await forum.topicFor(mate, a.id);
		expect(topic.postCount).toBe(4);
		const { posts } = await forum.postsPage(topic, 1, mate);
		expect(posts.map((p) => [p.number, p.id])).toEqual([
			[1, a.first.id],
			[2, a.second.id],
			[3, b.first.id],
			[4, b.second.id]
		]);
		expect((await forum.topicFor(mate, b.id)).topic.mergedIntoId).toBe(a.id);
		expect((await forum.topicsIn(mate, ids['places-and-events'])).topics.some((x) => x.id === b.id)).toBe(
			false
		);
		// The audit entry names the topic the posts went into; its details name the one merged away.
		expect(await audited('forum.merge', String(a.id))).toBe(1);
	});

	it('locks, pins and deletes a topic: readers lose it, its writer reads why', async () => {
		const { id } = await conversation();
		await forum.setTopicState(as(people.reviewer), reviewer, id, { locked: true, pinned: true }, 'Settled');
		expect(await audited('forum.lock', String(id))).toBe(1);
		expect(await audited('forum.pin', String(id))).toBe(1);
		expect(
			(await failure(forum.setTopicState(as(people.manager), manager, id, { locked: false }, 'x'))).code
		).toBe('forbidden');
		expect((await failure(forum.deleteTopic(as(people.mate), mate, id, reason))).code).toBe('forbidden');
		clock.advance(1_000);
		await forum.deleteTopic(as(people.reviewer), reviewer, id, { reason: 'Advertising' });
		for (const r of [mate, visitor, applicant])
			expect((await failure(forum.topicFor(r, id))).code).toBe('not_found');
		expect((await forum.topicFor(writer, id)).topic.deletedAt).not.toBeNull();
		expect((await forum.notesFor(writer, id))[0]).toMatchObject({ action: 'delete', reason: 'Advertising' });
		expect((await failure(forum.reply(writer, id, { body: postBody('Why?') }))).code).toBe('not_found');
		expect((await forum.topicsIn(mate, ids['places-and-events'])).topics.some((x) => x.id === id)).toBe(
			false
		);
	});

	it('silences a member for a time: they cannot post until then and are told why', async () => {
		const { id } = await conversation();
		const silence = { hours: '24', reason: 'Repeated insults' };
		expect((await failure(forum.silenceMember(as(people.mate), mate, people.writer.id, silence))).code).toBe(
			'forbidden'
		);
		expect(
			(await failure(forum.silenceMember(as(people.reviewer), reviewer, people.manager.id, silence))).code
		).toBe('forbidden');
		const badLength = await failure(
			forum.silenceMember(as(people.reviewer), reviewer, people.writer.id, { ...silence, hours: '5' })
		);
		expect(badLength.fields?.hours?.key).toBe('errors.field.silenceLength');
		await forum.silenceMember(as(people.reviewer), reviewer, people.writer.id, silence);
		const refused = await failure(forum.reply(writer, id, { body: postBody('Hello?') }));
		expect(refused.code).toBe('member_silenced');
		expect(refused.params).toEqual({ until: '2026-09-02 12:11 KST', reason: 'Repeated insults' });
		expect(
			(await failure(forum.startTopic(writer, { category: ids.ideas, title: 'x', body: postBody('y') }))).code
		).toBe('member_silenced');
		expect((await failure(forum.editPost(writer, id, 1, { body: postBody('z') }))).code).toBe(
			'member_silenced'
		);
		expect((await forum.silenceFor(writer))?.reason).toBe('Repeated insults');
		expect((await forum.silencedMembers()).map((s) => s.userId)).toContain(people.writer.id);
		expect(await audited('forum.silence', people.writer.id)).toBe(1);
		clock.advance(25 * 3_600_000);
		expect(await forum.silenceFor(writer)).toBeNull();
		await forum.reply(writer, id, { body: postBody('Sorry, everyone.') });
		await forum.silenceMember(as(people.reviewer), reviewer, people.writer.id, silence);
		await forum.liftSilence(as(people.reviewer), reviewer, people.writer.id, { reason: 'Apologised' });
		expect(await forum.silenceFor(writer)).toBeNull();
	});
});

describe('personal data', () => {
	it("exports a member's flags, what staff told them, their silence and their posts' versions", async () => {
		const { forumModerationPersonalData } = await import('./moderation-personal-data.ts');
		const part = (await forumModerationPersonalData.export(t.app.db, people.writer)) as Record<
			string,
			unknown[]
		>;
		expect(part.notesFromStaff.length).toBeGreaterThan(0);
		expect(part.postVersions.length).toBeGreaterThan(0);
		const flagger = (await forumModerationPersonalData.export(t.app.db, people.mate)) as Record<
			string,
			unknown[]
		>;
		expect(flagger.flags.length).toBeGreaterThan(0);
		await t.app.db.transaction((tx) =>
			forumModerationPersonalData.erase(tx, people.mate, { content: 'anonymise' })
		);
		const after = (await forumModerationPersonalData.export(t.app.db, people.mate)) as Record<
			string,
			unknown[]
		>;
		expect(after.flags).toEqual([]);
	});
});
