import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { categoryId, forumReaders, readerFor, visitor } from '../../../../tests/support/forum.ts';
import { photoWithGps } from '../../../../tests/support/images.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { makeVideo } from '../../../../tests/support/videos.ts';
import { newId } from '../core/ids.ts';
import { image, video } from '../media/schema.ts';
import { unusedGraceMs } from '../media/unused.ts';
import { draftSubject } from './attachments.ts';
import type { ForumReader } from './policy.ts';
import { forumCategory } from './schema.ts';

const start = new Date('2026-09-01T03:00:00Z');
let now = start;
const clock = { now: () => now };
let t: TestApp;
let mate: ForumReader;
let otherMate: ForumReader;
let applicant: ForumReader;
let staff: ForumReader;
const ids: Record<string, string> = {};

beforeAll(async () => {
	t = await createTestApp({ clock });
	({ mate, otherMate, applicant, staff } = await forumReaders(t.app));
	for (const slug of ['places-and-events', 'missions']) ids[slug] = await categoryId(t.app, slug);
	ids.staff = newId();
	await t.app.db.insert(forumCategory).values({
		id: ids.staff,
		slug: 'staff-room',
		nameEn: 'Staff room',
		nameKo: '직원실',
		visibility: 'staff',
		position: 100
	});
});
afterAll(async () => {
	await t?.close();
});

const uploadPhoto = async (r: ForumReader) =>
	(await t.app.media.uploadImage(r.userId!, draftSubject(r.userId!), await photoWithGps(640, 480))).id;
async function* once(bytes: Uint8Array) {
	yield bytes;
}
const uploadClip = async (r: ForumReader, seconds = 1) => {
	const bytes = await makeVideo('mp4', { seconds });
	const s = draftSubject(r.userId!);
	const { id } = await t.app.videos.startUpload(r.userId!, s, { length: bytes.length, type: null });
	return (await t.app.videos.receiveChunk(r.userId!, s, id, 0, once(bytes))).videoId!;
};
const withMedia = (text: string, images: string[], videos: string[] = []) =>
	JSON.stringify({
		type: 'doc',
		content: [
			{ type: 'paragraph', content: [{ type: 'text', text }] },
			...images.map((id) => ({
				type: 'image',
				attrs: { src: `/media/images/${id}/master.jpg`, alt: 'Lanterns' }
			})),
			...videos.map((id) => ({ type: 'video', attrs: { src: `/media/videos/${id}/original.mp4` } }))
		]
	});
const subjectOf = async (id: string) =>
	(await t.app.db.select({ s: image.subject }).from(image).where(eq(image.id, id)))[0]?.s ?? null;
const sees = (subject: string, r: ForumReader) => t.app.forum.forumFileVisibleTo(subject, r);

describe('pictures and clips in forum posts', () => {
	it('are seen by their writer alone until posted, then by whoever may read the category', async () => {
		const readers = { visitor, applicant, mate, otherMate, staff };
		const expected: Record<string, Record<keyof typeof readers, boolean>> = {
			'places-and-events': { visitor: true, applicant: true, mate: true, otherMate: true, staff: true },
			missions: { visitor: false, applicant: false, mate: true, otherMate: true, staff: true },
			staff: { visitor: false, applicant: false, mate: false, otherMate: false, staff: true }
		};
		for (const [category, table] of Object.entries(expected)) {
			const writer = category === 'staff' ? staff : mate;
			const photo = await uploadPhoto(writer);
			const waiting = (await subjectOf(photo))!;
			expect(await sees(waiting, writer)).toBe(true);
			expect(await sees(waiting, category === 'staff' ? mate : otherMate)).toBe(false);
			expect(await sees(waiting, visitor)).toBe(false);

			await t.app.forum.startTopic(writer, {
				category: ids[category],
				title: `Lantern photos in ${category}`,
				body: withMedia('From last night.', [photo])
			});
			const posted = (await subjectOf(photo))!;
			expect(posted).toMatch(/^forum-post:/);
			const seen = Object.fromEntries(
				await Promise.all(Object.entries(readers).map(async ([name, r]) => [name, await sees(posted, r)]))
			);
			expect(seen, category).toEqual(table);
		}
	});

	it('of a hidden post are seen by its writer and moderators only', async () => {
		const photo = await uploadPhoto(mate);
		const topic = await t.app.forum.startTopic(mate, {
			category: ids['places-and-events'],
			title: 'A photo that gets hidden',
			body: withMedia('Look.', [photo])
		});
		const posted = (await subjectOf(photo))!;
		expect(await sees(posted, visitor)).toBe(true);
		const [first] = (await t.app.forum.postsPage({ id: topic.id, postCount: 1 }, 1, staff)).posts;
		await t.app.forum.hidePost({ actorId: staff.userId }, staff, first.id, { reason: 'Shows a face' });
		expect(await sees(posted, visitor)).toBe(false);
		expect(await sees(posted, otherMate)).toBe(false);
		expect(await sees(posted, mate)).toBe(true);
		expect(await sees(posted, staff)).toBe(true);
	});

	it('take only the writer’s own uploads: another’s picture or a story’s is refused and nothing changes', async () => {
		const theirs = await uploadPhoto(mate);
		const attempt = await failure(
			t.app.forum.startTopic(otherMate, {
				category: ids.missions,
				title: 'Borrowed picture',
				body: withMedia('Look at this.', [theirs])
			})
		);
		expect(attempt.code).toBe('validation_failed');
		expect(attempt.fields?.body).toEqual({ key: 'errors.field.postMedia' });
		expect(await subjectOf(theirs)).toBe(draftSubject(mate.userId!));

		const story = await t.app.media.uploadImage(
			mate.userId!,
			`story:${newId()}`,
			await photoWithGps(320, 240)
		);
		const fromStory = await failure(
			t.app.forum.startTopic(mate, {
				category: ids.missions,
				title: 'A story picture',
				body: withMedia('Look.', [story.id])
			})
		);
		expect(fromStory.fields?.body).toEqual({ key: 'errors.field.postMedia' });
	});

	it('play uploaded clips with their poster, and a post may be a photo alone', async () => {
		const clip = await uploadClip(mate);
		await t.app.jobs.drain('media.video_poster');
		const photo = await uploadPhoto(mate);
		const { id } = await t.app.forum.startTopic(mate, {
			category: ids['places-and-events'],
			title: 'Night market clip',
			body: withMedia('', [photo], [clip])
		});
		const [row] = await t.app.db.select({ s: video.subject }).from(video).where(eq(video.id, clip));
		expect(await sees(row.s, visitor)).toBe(true);
		const { topic } = await t.app.forum.topicFor(visitor, id);
		const html = (await t.app.forum.postsPage(topic, 1)).posts[0].html;
		expect(html).toContain(`<source src="/media/videos/${clip}/original.mp4" type="video/mp4">`);
		expect(html).toContain(`poster="/media/videos/${clip}/poster.jpg"`);
		expect(html).toContain(`/media/images/${photo}/master.jpg`);
		expect(html).toContain('alt="Lanterns"');
	});

	it('refuse a clip longer than the forum takes, before it is stored', async () => {
		const bytes = await makeVideo('webm', { width: 64, height: 48, seconds: 182 });
		const s = draftSubject(mate.userId!);
		const { id } = await t.app.videos.startUpload(mate.userId!, s, { length: bytes.length, type: null });
		const refused = await failure(t.app.videos.receiveChunk(mate.userId!, s, id, 0, once(bytes)));
		expect(refused.fields?.file?.key).toBe('errors.upload.videoTooLong');
	});

	it('stay while posted or in a saved draft; uploads nothing shows go after a day', async () => {
		const posted = await uploadPhoto(otherMate);
		const drafted = await uploadPhoto(otherMate);
		const dropped = await uploadPhoto(otherMate);
		await t.app.forum.startTopic(otherMate, {
			category: ids.missions,
			title: 'Kept pictures',
			body: withMedia('Posted.', [posted])
		});
		await t.app.forum.saveDraft(otherMate, {
			key: 'new',
			title: 'Later',
			body: withMedia('Not yet.', [drafted])
		});
		now = new Date(start.getTime() + unusedGraceMs + 3_600_000);
		const removed = await t.app.unusedMedia.removeIfUnused([posted, drafted, dropped]);
		expect(removed).toEqual([dropped]);
		expect(await t.app.storage.exists(`images/${posted}/master.jpg`)).toBe(true);
		expect(await t.app.storage.exists(`images/${dropped}/master.jpg`)).toBe(false);
	});

	it('outlive their writer’s account when posted; unposted uploads and drafts go with it', async () => {
		const person = await createPerson(t.app, { roles: ['mate'] });
		const writer = await readerFor(t.app, person);
		const [posted, waiting] = [await uploadPhoto(writer), await uploadPhoto(writer)];
		await t.app.forum.startTopic(writer, {
			category: ids['places-and-events'],
			title: 'Before I leave',
			body: withMedia('Goodbye, Seoul.', [posted])
		});
		await t.app.forum.saveDraft(writer, { key: 'new', body: withMedia('Unsent.', [waiting]) });
		await t.app.privacy.deleteAccount(actionBy(person), { password: person.password, confirm: 'on' });
		expect(await t.app.storage.exists(`images/${posted}/master.jpg`)).toBe(true);
		expect(await sees((await subjectOf(posted))!, visitor)).toBe(true);
		expect(await subjectOf(waiting)).toBeNull();
		expect(await t.app.storage.exists(`images/${waiting}/master.jpg`)).toBe(false);
	});
});
