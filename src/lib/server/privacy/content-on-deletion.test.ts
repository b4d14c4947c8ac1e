import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson, type Person } from '../../../../tests/support/factories.ts';
import { photoWithGps } from '../../../../tests/support/images.ts';
import { makeVideo } from '../../../../tests/support/videos.ts';
import { openCohort2026 } from '../../../../tests/support/mates.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import { image, upload } from '../media/schema.ts';
import { story } from '../stories/schema.ts';
import { putSetting } from '../settings/service.ts';

const clock = fixedClock(new Date('2026-06-01T00:00:00Z'));
let t: TestApp;
let manager: Person;
let reviewer: Person;

beforeAll(async () => {
	t = await createTestApp({ clock });
	[manager, reviewer] = await Promise.all([
		createPerson(t.app, { roles: ['programme-manager'] }),
		createPerson(t.app, { roles: ['content-reviewer'] })
	]);
	await openCohort2026(t.app, manager);
});
afterAll(async () => {
	await t?.close();
});

const story_ = (title: string) => ({
	title,
	summary: 'Morning light over the tiles.',
	language: 'en',
	topics: ['culture'],
	districts: ['jongno'],
	places: 'Bukchon',
	bodyText: 'We walked up the hill before the tour groups came, and the roofs were still wet from the rain.'
});

/** A Mate with a portrait, a published story with a cover, a draft with a photo, and a video upload begun. */
async function mateWithContent() {
	const person = await createPerson(t.app, { roles: ['mate'] });
	const header = 'email,name_native,name_latin,country,city,languages,links';
	await t.app.mates.importCohort(actionBy(manager), 2026, `${header}\n${person.email},Ana,Ana,BR,Seoul,en,`, {
		dryRun: false
	});
	const portrait = await t.app.mates.setPortrait(
		{ actorId: person.id },
		person.id,
		await photoWithGps(600, 600)
	);
	const writer = { userId: person.id, reviewer: false };
	const published = await t.app.stories.createStory(writer, story_('Rooftops of Bukchon'));
	const cover = await t.app.media.uploadImage(
		person.id,
		`story:${published.id}`,
		await photoWithGps(800, 600)
	);
	await t.app.stories.saveStory(writer, published.id, {
		...story_('Rooftops of Bukchon'),
		coverImageId: cover.id
	});
	await t.app.stories.moveStory(writer, published.id, 'submit');
	await t.app.stories.moveStory({ userId: reviewer.id, reviewer: true }, published.id, 'publish');
	const draft = await t.app.stories.createStory(writer, story_('Not finished yet'));
	const draftPhoto = await t.app.media.uploadImage(
		person.id,
		`story:${draft.id}`,
		await photoWithGps(800, 600)
	);
	const clip = await makeVideo('mp4');
	const begun = await t.app.videos.startUpload(person.id, `story:${draft.id}`, {
		length: clip.length,
		type: null
	});
	await t.app.videos.receiveChunk(person.id, `story:${draft.id}`, begun.id, 0, once(clip.subarray(0, 4096)));
	return { person, portrait, published, cover: cover.id, draft, draftPhoto: draftPhoto.id, upload: begun.id };
}

async function* once(bytes: Uint8Array) {
	yield bytes;
}

const stored = (key: string) => t.app.storage.exists(key);
const deleteAccount = (person: Person) =>
	t.app.privacy.deleteAccount(actionBy(person), { password: person.password, confirm: 'on' });

describe('deleting an account', () => {
	it('keeps published stories without the name (the default), and removes drafts and every other file', async () => {
		const c = await mateWithContent();
		const slug = (await t.app.db.select().from(story).where(eq(story.id, c.published.id)))[0].slug;
		expect(await stored(c.portrait)).toBe(true);
		expect(await stored(`images/${c.draftPhoto}/master.jpg`)).toBe(true);
		expect(await stored(`uploads/${c.upload}`)).toBe(true);

		await deleteAccount(c.person);

		const kept = await t.app.stories.publishedStory(slug);
		expect(kept).toMatchObject({ id: c.published.id, authorId: null, coverImageId: c.cover });
		const [coverRow] = await t.app.db.select().from(image).where(eq(image.id, c.cover));
		expect(coverRow.ownerId).toBeNull();
		expect(await stored(`images/${c.cover}/master.jpg`)).toBe(true);

		expect(await t.app.db.select().from(story).where(eq(story.id, c.draft.id))).toEqual([]);
		expect(await t.app.db.select().from(image).where(eq(image.id, c.draftPhoto))).toEqual([]);
		expect(await stored(`images/${c.draftPhoto}/master.jpg`)).toBe(false);
		expect(await stored(c.portrait)).toBe(false);
		expect(await t.app.db.select().from(upload).where(eq(upload.id, c.upload))).toEqual([]);
		expect(await stored(`uploads/${c.upload}`)).toBe(false);
	});

	it('removes everything, published stories and their files too, when the setting says so', async () => {
		await putSetting(t.app.db, 'privacy.contentOnDeletion', 'delete', null);
		try {
			const c = await mateWithContent();
			await deleteAccount(c.person);
			expect(await t.app.db.select().from(story).where(eq(story.id, c.published.id))).toEqual([]);
			expect(await t.app.db.select().from(image).where(eq(image.id, c.cover))).toEqual([]);
			expect(await stored(`images/${c.cover}/master.jpg`)).toBe(false);
			expect(await stored(c.portrait)).toBe(false);
		} finally {
			await putSetting(t.app.db, 'privacy.contentOnDeletion', 'anonymise', null);
		}
	});

	it('lists the stories and uploads in the data export', async () => {
		const c = await mateWithContent();
		const exported = (await t.app.privacy.exportData(c.person.id)) as Record<string, unknown>;
		const stories = exported.stories as { id: string; status: string }[];
		expect(stories.map((s) => s.id).sort()).toEqual([c.published.id, c.draft.id].sort());
		const media = exported.media as { images: { id: string }[] };
		expect(media.images.map((i) => i.id).sort()).toEqual([c.cover, c.draftPhoto].sort());
	});
});
