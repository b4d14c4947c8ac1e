import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { photoWithGps } from '../../../../tests/support/images.ts';
import { makeVideo } from '../../../../tests/support/videos.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import type { StoryActor } from './service.ts';

let t: TestApp;
let mina: StoryActor;
let omar: StoryActor;
let reviewer: StoryActor;

const story = (overrides: Record<string, unknown> = {}) => ({
	title: 'Hanok rooftops in Bukchon',
	summary: 'Morning light over the tiles.',
	language: 'en',
	topics: ['culture'],
	districts: ['jongno'],
	places: 'Bukchon',
	bodyText: '',
	...overrides
});

beforeAll(async () => {
	t = await createTestApp();
	const [a, b, r] = await Promise.all([
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['content-reviewer'] })
	]);
	mina = { userId: a.id, reviewer: false };
	omar = { userId: b.id, reviewer: false };
	reviewer = { userId: r.id, reviewer: true };
});
afterAll(async () => {
	await t?.close();
});

async function* once(bytes: Uint8Array) {
	yield bytes;
}

const photoOf = async (actor: StoryActor, storyId: string) =>
	(await t.app.media.uploadImage(actor.userId, `story:${storyId}`, await photoWithGps(800, 600))).id;

describe('photo sets', () => {
	it('need photos to be submitted, keep their order, captions and descriptions, and are found by caption', async () => {
		const { id } = await t.app.stories.createStory(mina, story({ kind: 'photos' }));
		expect((await failure(t.app.stories.moveStory(mina, id, 'submit'))).fields?.photos?.key).toBe(
			'errors.field.photosRequired'
		);
		const [first, second] = [await photoOf(mina, id), await photoOf(mina, id)];
		const photos = [
			{ imageId: second, alt: 'Tiled roofs in the morning', caption: 'Seen from the Bukchon viewpoint' },
			{ imageId: first, alt: 'A wooden gate', caption: 'Gyedong-gil gate at seven' }
		];
		const noAlt = await failure(
			t.app.stories.saveStory(mina, id, story({ photos: JSON.stringify([{ ...photos[0], alt: ' ' }]) }))
		);
		expect(noAlt.fields?.photos?.key).toBe('errors.field.altRequired');
		await t.app.stories.saveStory(mina, id, story({ photos: JSON.stringify(photos), coverImageId: first }));
		await t.app.stories.moveStory(mina, id, 'submit');
		const { slug } = await t.app.stories.moveStory(reviewer, id, 'publish', {});
		const published = (await t.app.stories.publishedStory(slug))!;
		expect(published.kind).toBe('photos');
		expect(published.photos).toEqual(photos);
		expect(published.coverImageId).toBe(first);
		expect((await t.app.stories.searchStories('Gyedong-gil')).map((s) => s.slug)).toContain(slug);
	});

	it('show only the writer’s own uploads for this story', async () => {
		const { id: minas } = await t.app.stories.createStory(mina, story({ kind: 'photos' }));
		const { id: omars } = await t.app.stories.createStory(omar, story({ kind: 'photos' }));
		const omarsPhoto = await photoOf(omar, omars);
		const borrowed = await failure(
			t.app.stories.saveStory(
				mina,
				minas,
				story({ photos: JSON.stringify([{ imageId: omarsPhoto, alt: 'Not mine', caption: '' }]) })
			)
		);
		expect(borrowed.fields?.photos?.key).toBe('errors.field.invalid');
		const cover = await failure(t.app.stories.saveStory(mina, minas, story({ coverImageId: omarsPhoto })));
		expect(cover.fields?.coverImageId?.key).toBe('errors.field.invalid');
		expect((await t.app.stories.storyForWork(mina, minas)).photos).toEqual([]);
	});
});

describe('video stories', () => {
	it('take a YouTube, Instagram or TikTok link, or a video uploaded for this story', async () => {
		const { id } = await t.app.stories.createStory(mina, story({ kind: 'video', title: 'Night market' }));
		expect((await failure(t.app.stories.moveStory(mina, id, 'submit'))).fields?.videoLink?.key).toBe(
			'errors.field.videoRequired'
		);
		const vimeo = await failure(
			t.app.stories.saveStory(mina, id, story({ videoLink: 'https://vimeo.com/123456' }))
		);
		expect(vimeo.fields?.videoLink?.key).toBe('errors.field.videoLink');
		await t.app.stories.saveStory(mina, id, story({ videoLink: 'https://youtu.be/dQw4w9WgXcQ' }));
		expect((await t.app.stories.storyForWork(mina, id)).video).toEqual({
			source: 'embed',
			provider: 'youtube',
			embedId: 'dQw4w9WgXcQ',
			url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
		});

		const bytes = await makeVideo('mp4');
		const subject = `story:${id}`;
		const upload = await t.app.videos.startUpload(mina.userId, subject, { length: bytes.length, type: null });
		const received = await t.app.videos.receiveChunk(mina.userId, subject, upload.id, 0, once(bytes));
		const videoId = received.videoId!;
		expect(videoId).toMatch(/^[\w-]{36}$/);
		await t.app.stories.saveStory(mina, id, story({ videoId }));
		expect((await t.app.stories.storyForWork(mina, id)).video).toEqual({ source: 'upload', videoId });
		await t.app.stories.moveStory(mina, id, 'submit');

		const { id: omars } = await t.app.stories.createStory(omar, story({ kind: 'video' }));
		const borrowed = await failure(t.app.stories.saveStory(omar, omars, story({ videoId })));
		expect(borrowed.fields?.videoId?.key).toBe('errors.field.invalid');
	});
});

describe('translations', () => {
	it('link a story to the same story in another language, both ways once published', async () => {
		const ko = await t.app.stories.createStory(mina, story({ title: '북촌 한옥 지붕', language: 'ko' }));
		const en = await t.app.stories.createStory(
			mina,
			story({ title: 'Hanok roofs', language: 'en', translationOf: ko.id })
		);
		const same = await failure(
			t.app.stories.saveStory(mina, en.id, story({ language: 'ko', translationOf: ko.id }))
		);
		expect(same.fields?.translationOf?.key).toBe('errors.field.sameLanguage');
		const { id: omars } = await t.app.stories.createStory(omar, story({ language: 'fr' }));
		const others = await failure(t.app.stories.saveStory(omar, omars, story({ translationOf: ko.id })));
		expect(others.fields?.translationOf?.key).toBe('errors.field.invalid');

		for (const { id } of [ko, en]) {
			await t.app.stories.saveStory(mina, id, {
				...story({ language: id === ko.id ? 'ko' : 'en', translationOf: id === en.id ? ko.id : '' }),
				bodyText: 'A walk through the alleys of Bukchon at dawn, before the tour groups arrive.'
			});
			await t.app.stories.moveStory(mina, id, 'submit');
			await t.app.stories.moveStory(reviewer, id, 'publish', {});
		}
		const koStory = (await t.app.stories.storyForWork(mina, ko.id))!;
		const enStory = (await t.app.stories.storyForWork(mina, en.id))!;
		expect((await t.app.stories.translationsOf(koStory)).map((x) => x.language)).toEqual(['en']);
		expect((await t.app.stories.translationsOf(enStory)).map((x) => x.language)).toEqual(['ko']);
		// The sitemap lists both versions as alternates of each.
		const addresses = await t.app.stories.publishedAddresses(0, 1000);
		const koEntry = addresses.find((a) => a.slug === koStory.slug)!;
		expect(koEntry.alternates.map((v) => v.language).sort()).toEqual(['en', 'ko']);
		// Related stories never list the story's own translation.
		const related = await t.app.stories.relatedStories(koStory, 10);
		expect(related.map((r) => r.id)).not.toContain(en.id);
	});
});

describe('the home page', () => {
	it('features stories a reviewer picks, newest featured first, and counts stories per district', async () => {
		const make = async (title: string, districts: string[]) => {
			const { id } = await t.app.stories.createStory(
				mina,
				story({
					title,
					districts,
					bodyText: 'Walking along the stream on a warm evening, with lanterns overhead.'
				})
			);
			await t.app.stories.moveStory(mina, id, 'submit');
			await t.app.stories.moveStory(reviewer, id, 'publish', {});
			return id;
		};
		const first = await make('Featured first', ['mapo']);
		const second = await make('Featured second', ['mapo', 'gangnam']);
		const draft = (await t.app.stories.createStory(mina, story({ title: 'Not yet' }))).id;
		expect((await failure(t.app.stories.featureStory(mina, first, true))).code).toBe('forbidden');
		expect((await failure(t.app.stories.featureStory(reviewer, draft, true))).code).toBe('story_locked');
		await t.app.stories.featureStory(reviewer, first, true);
		await t.app.stories.featureStory(reviewer, second, true);
		const featured = await t.app.stories.latestStories({ featured: true });
		expect(featured.map((s) => s.id).slice(0, 2)).toEqual([second, first]);
		expect((await t.app.stories.latestStories({ featured: false })).map((s) => s.id)).not.toContain(first);
		await t.app.stories.featureStory(reviewer, second, false);
		expect((await t.app.stories.latestStories({ featured: true })).map((s) => s.id)).not.toContain(second);
		expect((await t.app.stories.storyHistory(first)).map((h) => h.action)).toContain('feature');

		const perDistrict = new Map(
			(await t.app.stories.storiesPerDistrict()).map((d) => [d.district, d.stories])
		);
		expect(perDistrict.get('mapo')).toBe(2);
		expect(perDistrict.get('gangnam')).toBe(1);
	});
});

describe('an untouched editor', () => {
	it('sends a document without content, which saves as an empty draft', async () => {
		const { id } = await t.app.stories.createStory(mina, {
			...story({ kind: 'photos' }),
			bodyText: undefined,
			body: '{"type":"doc"}'
		});
		expect((await t.app.stories.storyForWork(mina, id)).body).toEqual({ type: 'doc', content: [] });
	});
});
