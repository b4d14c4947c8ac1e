import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../../tests/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { etagOf, conditionalResponse } from '../../web/http-cache.ts';
import { feedImageIds, storyFeed } from './feeds.ts';
import { photoWithGps } from '../../../../tests/support/images.ts';
import { sitemapIndex, sitemapUrlset } from './sitemap.ts';

let t: TestApp;
beforeAll(async () => {
	t = await createTestApp();
	const mate = await createPerson(t.app, { roles: ['mate'] });
	const reviewer = await createPerson(t.app, { roles: ['content-reviewer'] });
	for (const [title, topic] of [
		['Lanterns & <stream> at night', 'festivals'],
		['Gwangjang Market bites', 'food']
	]) {
		const { id } = await t.app.stories.createStory(
			{ userId: mate.id, reviewer: false },
			{
				title,
				summary: 'Summary with "quotes" & ampersands.',
				language: 'en',
				topics: [topic],
				bodyText: 'A paragraph long enough to submit for review, with <b>tags</b> typed as text.'
			}
		);
		await t.app.stories.moveStory({ userId: mate.id, reviewer: false }, id, 'submit');
		await t.app.stories.moveStory({ userId: reviewer.id, reviewer: true }, id, 'publish');
	}
	// A photo set: feed readers get its photos, with absolute addresses, and its cover as the item image.
	const writer = { userId: mate.id, reviewer: false };
	const { id } = await t.app.stories.createStory(writer, {
		kind: 'photos',
		title: 'Palace in autumn',
		summary: 'Gyeongbokgung under red maples.',
		language: 'en',
		topics: ['history']
	});
	const photo = await t.app.media.uploadImage(mate.id, `story:${id}`, await photoWithGps(900, 600));
	await t.app.stories.saveStory(writer, id, {
		title: 'Palace in autumn',
		summary: 'Gyeongbokgung under red maples.',
		language: 'en',
		topics: ['history'],
		photos: JSON.stringify([
			{ imageId: photo.id, alt: 'Red maples by the palace wall', caption: 'Near Hyangwonjeong' }
		])
	});
	await t.app.stories.moveStory(writer, id, 'submit');
	await t.app.stories.moveStory({ userId: reviewer.id, reviewer: true }, id, 'publish');
});
afterAll(async () => {
	await t?.close();
});

const build = async (format: 'rss' | 'atom' | 'json', topic?: string) => {
	const stories = await t.app.stories.latestStoriesWithText({ topic });
	return storyFeed({
		format,
		origin: 'https://sotong.example',
		title: 'Sotong',
		description: 'Stories',
		query: topic ? `?topic=${topic}` : '',
		language: 'en',
		stories,
		images: await t.app.media.imagesByIds(feedImageIds(stories)),
		authorName: () => ({ name: 'Mina', link: 'https://sotong.example/mates/mina' })
	});
};

describe('feeds', () => {
	it('RSS and Atom are well-formed XML with every story, its text escaped', async () => {
		for (const format of ['rss', 'atom'] as const) {
			const xml = await build(format);
			expect(XMLValidator.validate(xml)).toBe(true);
			const doc = new XMLParser().parse(xml);
			const titles =
				format === 'rss'
					? doc.rss.channel.item.map((i: { title: string }) => i.title)
					: doc.feed.entry.map((e: { title: string }) => e.title);
			expect(titles).toEqual(
				expect.arrayContaining(['Lanterns & <stream> at night', 'Gwangjang Market bites'])
			);
			expect(xml).not.toContain('<b>tags</b>');
		}
	});

	it('JSON Feed parses, and a topic feed holds only that topic', async () => {
		const feed = JSON.parse(await build('json', 'food'));
		expect(feed.version).toMatch(/jsonfeed\.org/);
		expect(feed.items.map((i: { title: string }) => i.title)).toEqual(['Gwangjang Market bites']);
		expect(feed.items[0].content_html).toContain('&lt;b&gt;tags&lt;/b&gt;');
		const photos = JSON.parse(await build('json', 'history')).items[0];
		expect(photos.image).toMatch(/^https:\/\/sotong\.example\/media\/images\/[\w-]{36}\/master\.jpg$/);
		expect(photos.content_html).toContain('<img src="https://sotong.example/media/images/');
		expect(photos.content_html).toContain('<figcaption>Near Hyangwonjeong</figcaption>');
		expect(photos.content_html).toContain('alt="Red maples by the palace wall"');
	});
});

describe('sitemaps', () => {
	it('list addresses with language alternates, escaped', () => {
		const xml = sitemapUrlset('https://sotong.example', [
			{ path: '/stories/a&b', updatedAt: new Date('2026-01-01T00:00:00Z') }
		]);
		expect(XMLValidator.validate(xml)).toBe(true);
		const url = new XMLParser({ ignoreAttributes: false }).parse(xml).urlset.url;
		expect(url.loc).toBe('https://sotong.example/stories/a&b');
		expect(url['xhtml:link'].map((l: Record<string, string>) => l['@_hreflang'])).toEqual([
			'en',
			'ko',
			'x-default'
		]);
	});

	it('become an index of pages when large', () => {
		const xml = sitemapIndex('https://sotong.example', 3);
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(new XMLParser().parse(xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
			'https://sotong.example/sitemap.xml?page=1',
			'https://sotong.example/sitemap.xml?page=2',
			'https://sotong.example/sitemap.xml?page=3'
		]);
	});
});

describe('conditional responses', () => {
	it('answer 304 when the client has the same bytes, 200 otherwise', async () => {
		const body = '<rss/>';
		const fresh = conditionalResponse(new Request('http://x/feed.xml'), body, {
			'content-type': 'application/xml'
		});
		expect(fresh.status).toBe(200);
		expect(fresh.headers.get('etag')).toBe(etagOf(body));
		const again = conditionalResponse(
			new Request('http://x/feed.xml', { headers: { 'if-none-match': etagOf(body) } }),
			body,
			{}
		);
		expect(again.status).toBe(304);
		const changed = conditionalResponse(
			new Request('http://x/feed.xml', { headers: { 'if-none-match': '"old"' } }),
			body,
			{}
		);
		expect(changed.status).toBe(200);
	});
});

describe('sitemaps of translated stories', () => {
	it('give each story its translations as alternates instead of the interface languages', () => {
		const xml = sitemapUrlset('https://sotong.example', [
			{
				path: '/stories/a',
				alternates: [
					{ hreflang: 'ko', path: '/stories/a' },
					{ hreflang: 'en', path: '/stories/b' }
				]
			}
		]);
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml).toContain('hreflang="en" href="https://sotong.example/stories/b"');
		expect(xml).not.toContain('?lang=');
	});
});
