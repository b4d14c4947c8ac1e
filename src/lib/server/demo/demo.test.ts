import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { ensureDemoData } from './seed.ts';
import { demoStories } from './stories.ts';
import { demoCovers } from './media-stories.ts';
import { story } from '../stories/schema.ts';
import { ffmpegAvailable } from './video.ts';

let t: TestApp;
let first: { created: boolean };
type Card = Awaited<ReturnType<TestApp['app']['stories']['latestStories']>>[number];
let published: Card[];

beforeAll(async () => {
	t = await createTestApp();
	first = await ensureDemoData(t.app);
	published = await t.app.stories.latestStories({ limit: 100 });
}, 180_000);
afterAll(async () => {
	await t?.close();
});

const publishedTitled = async (title: string) => {
	const card = published.find((s) => s.title === title);
	expect(card, `published demo story “${title}”`).toBeDefined();
	return (await t.app.stories.publishedStory(card!.slug))!;
};

/** An uploaded image's master file as stored, with its metadata. */
const master = async (id: string) => {
	const file = (await t.app.media.imageFile(id, 'master.jpg'))!;
	return sharp(Buffer.concat(await file.stream.toArray())).metadata();
};

describe('the demo data', () => {
	it('loads once: a second start finds it there and adds nothing', async () => {
		expect(first.created).toBe(true);
		expect(await ensureDemoData(t.app)).toEqual({ created: false });
		expect(await t.app.stories.countPublished()).toBe(published.length);
	});

	it('gives every demo Mate a signed credential for each cohort they served in (alumni too)', async () => {
		const mates = await t.app.mates.directory({});
		expect(mates.length).toBeGreaterThan(0);
		for (const mate of mates) {
			const names = (await t.app.credentials.credentialsOf(mate.userId)).map((c) => c.name);
			expect(names, mate.displayName).toEqual(mate.terms.map((term) => `Global Mate, cohort ${term.year}`));
		}
	});

	it('publishes about thirty stories of all three kinds, in English, Korean and other languages', () => {
		expect(published.length).toBeGreaterThanOrEqual(30);
		expect(published.length).toBeLessThanOrEqual(34);
		const kinds = new Set(published.map((s) => s.kind));
		expect([...kinds].sort()).toEqual(['article', 'photos', 'video']);
		const languages = new Set(published.map((s) => s.language));
		for (const language of ['en', 'ko', 'es', 'ja', 'fr', 'de', 'vi']) expect(languages).toContain(language);
	});

	it('keeps some drafts and stories waiting for review', async () => {
		const waiting = (await t.app.stories.reviewQueue('submitted')).map((s) => s.title);
		expect(waiting).toEqual(
			expect.arrayContaining([
				'Cherry blossoms at Seokchon Lake',
				'Seoul Jazz Festival at Olympic Park',
				'Фестиваль фонарей на Чхонгечхоне: видео'
			])
		);
		const drafts = await t.app.db
			.select({ title: story.title, kind: story.kind })
			.from(story)
			.where(eq(story.status, 'draft'));
		expect(drafts).toEqual(
			expect.arrayContaining([
				{ title: 'Draft: temple stay at Jogyesa', kind: 'article' },
				{ title: '下書き：北村の朝の写真', kind: 'photos' }
			])
		);
	});

	it('shows photo sets of drawn pictures uploaded for their story, described and captioned, without metadata', async () => {
		const sets = published.filter((s) => s.kind === 'photos');
		expect(sets.length).toBeGreaterThanOrEqual(3);
		expect(new Set(sets.map((s) => s.language))).toEqual(new Set(['en', 'ko', 'es']));
		for (const card of sets) {
			const s = (await t.app.stories.publishedStory(card.slug))!;
			expect(s.photos.length).toBeGreaterThanOrEqual(3);
			expect(s.photos.length).toBeLessThanOrEqual(5);
			expect(card.cover).toBe(s.photos[0].imageId);
			const images = await t.app.media.imagesByIds(s.photos.map((p) => p.imageId));
			for (const photo of s.photos) {
				expect(photo.alt.length).toBeGreaterThan(20);
				expect(photo.caption.length).toBeGreaterThan(10);
				expect(images.get(photo.imageId)).toMatchObject({
					subject: `story:${s.id}`,
					width: 1600,
					height: 1067
				});
			}
			const meta = await master(s.photos[0].imageId);
			expect(meta.exif).toBeUndefined();
			expect(meta.format).toBe('jpeg');
		}
	});

	it('gives earlier articles drawn covers of their own', async () => {
		expect(Object.keys(demoCovers).every((title) => demoStories.some((s) => s.title === title))).toBe(true);
		for (const title of Object.keys(demoCovers)) {
			const s = await publishedTitled(title);
			expect(s.coverImageId).not.toBeNull();
			const images = await t.app.media.imagesByIds([s.coverImageId!]);
			expect(images.get(s.coverImageId!)?.subject).toBe(`story:${s.id}`);
			expect((await master(s.coverImageId!)).exif).toBeUndefined();
		}
	});

	it('links the lantern festival story in Korean, English and Spanish as translations', async () => {
		const ko = await publishedTitled('서울시에서 열린 축제를 다녀와서: 서울빛초롱축제');
		expect((await t.app.stories.translationsOf(ko)).map((x) => x.language)).toEqual(['en', 'es']);
		const en = await publishedTitled('Back from a Seoul festival: the Seoul Lantern Festival');
		expect((await t.app.stories.translationsOf(en)).map((x) => x.language)).toEqual(['es', 'ko']);
		const ja = await publishedTitled('夜の漢江を短い映像で');
		expect((await t.app.stories.translationsOf(ja)).map((x) => x.language)).toEqual(['en']);
	});

	it('shows a video story linking a YouTube video, shown only through its player', async () => {
		const s = await publishedTitled('The Han River at night, in a short film');
		expect(s.kind).toBe('video');
		expect(s.video).toMatchObject({ source: 'embed', provider: 'youtube' });
	});

	it('shows a video story with the demo video made by ffmpeg where ffmpeg is installed', async () => {
		const title = 'Seoul Light DDP: when a building becomes a screen';
		if (await ffmpegAvailable()) {
			const s = await publishedTitled(title);
			expect(s.video?.source).toBe('upload');
			const videoId = s.video?.source === 'upload' ? s.video.videoId : '';
			const row = (await t.app.videos.videosByIds([videoId])).get(videoId);
			expect(row).toMatchObject({ subject: `story:${s.id}`, width: 640, height: 360, mime: 'video/mp4' });
			expect(row!.durationSeconds).toBeGreaterThan(3);
			expect(row!.durationSeconds).toBeLessThan(4.5);
		} else {
			expect(published.map((s) => s.title)).not.toContain(title);
		}
	});

	it('starts a conversation in every forum category, visitors seeing the public ones only', async () => {
		const all = await t.app.forum.categoriesFor({ userId: null, access: 'staff' });
		expect(all.map((c) => c.topics)).toEqual([1, 1, 1, 1, 1, 1]);
		const announcements = await t.app.forum.topicsIn({ userId: null, access: 'visitor' }, all[0].id);
		expect(announcements.topics[0]).toMatchObject({ pinned: true, postCount: 3 });
		const visible = await t.app.forum.categoriesFor({ userId: null, access: 'visitor' });
		expect(visible.map((c) => c.slug)).toEqual([
			'announcements',
			'places-and-events',
			'photo-and-video-tips'
		]);
	});
});
