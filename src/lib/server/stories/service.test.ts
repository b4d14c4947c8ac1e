import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, type Person } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { migrationsFolder } from '../core/migrations.ts';
import { cjkBigrams } from '../core/search.ts';
import { renderDocument } from '../content/document.ts';
import { story } from './schema.ts';
import type { StoryActor } from './service.ts';

const clock = fixedClock(new Date('2026-07-01T03:00:00Z'));
let t: TestApp;
let mina: StoryActor;
let omar: StoryActor;
let reviewer: StoryActor;
let reviewerPerson: Person;

const article = (overrides: Record<string, unknown> = {}) => ({
	title: '서울시에서 열린 축제를 다녀와서',
	summary: 'A night at the lantern festival by the stream.',
	language: 'ko',
	topics: ['festivals'],
	districts: ['jongno', 'jung'],
	places: 'Cheonggyecheon, Gwanghwamun',
	bodyText: 'The lanterns were lit at seven.\n\nThousands of people walked along the stream until late.',
	...overrides
});

beforeAll(async () => {
	t = await createTestApp({ clock });
	const [a, b] = await Promise.all([
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['mate'] })
	]);
	reviewerPerson = await createPerson(t.app, { roles: ['content-reviewer'] });
	mina = { userId: a.id, reviewer: false };
	omar = { userId: b.id, reviewer: false };
	reviewer = { userId: reviewerPerson.id, reviewer: true };
});
afterAll(async () => {
	await t?.close();
});

describe('the story workflow', () => {
	it('walks draft → submitted → changes requested → resubmitted → published, recording every step', async () => {
		const { id, slug } = await t.app.stories.createStory(mina, article());
		expect(slug).toBe('서울시에서-열린-축제를-다녀와서');
		expect(await t.app.stories.publishedStory(slug)).toBeNull();

		await t.app.stories.moveStory(mina, id, 'submit');
		const locked = await failure(
			t.app.stories.saveStory(mina, id, article({ title: 'Changed while in review' }))
		);
		expect(locked.code).toBe('story_locked');

		const noComment = await failure(
			t.app.stories.moveStory(reviewer, id, 'requestChanges', { comment: ' ' })
		);
		expect(noComment.fields?.comment?.key).toBe('errors.field.commentRequired');
		await t.app.stories.moveStory(reviewer, id, 'requestChanges', {
			comment: 'Please add where to buy tickets.'
		});
		await t.app.stories.saveStory(
			mina,
			id,
			article({ bodyText: 'The lanterns were lit at seven.\n\nTickets are free; the stream is open to all.' })
		);
		await t.app.stories.moveStory(mina, id, 'submit');
		await t.app.stories.moveStory(reviewer, id, 'publish');

		const published = await t.app.stories.publishedStory(slug);
		expect(published?.status).toBe('published');
		expect(renderDocument(published!.body)).toContain('Tickets are free');
		const history = await t.app.stories.storyHistory(id);
		expect(history.map((h) => `${h.action}:${h.toStatus}`)).toEqual([
			'create:draft',
			'submit:submitted',
			'requestChanges:changes_requested',
			'submit:submitted',
			'publish:published'
		]);
		expect(history[2]).toMatchObject({
			comment: 'Please add where to buy tickets.',
			actor: reviewerPerson.name
		});
		expect((await t.app.stories.latestStories()).map((s) => s.id)).toContain(id);
	});

	it('keeps a revision of published text on every later edit, and the address stays', async () => {
		const { id, slug } = await t.app.stories.createStory(
			mina,
			article({ title: 'Hangang picnic guide', language: 'en' })
		);
		await t.app.stories.moveStory(mina, id, 'submit');
		await t.app.stories.moveStory(reviewer, id, 'publish');
		const saved = await t.app.stories.saveStory(
			mina,
			id,
			article({ title: 'Hangang picnic guide (updated)', language: 'en' })
		);
		expect(saved.slug).toBe(slug);
		const revisions = await t.app.stories.storyRevisions(id);
		expect(revisions).toEqual([expect.objectContaining({ version: 1, title: 'Hangang picnic guide' })]);
		expect((await t.app.stories.publishedStory(slug))?.title).toBe('Hangang picnic guide (updated)');
	});

	it('publishes at a scheduled time: invisible before, visible after', async () => {
		const { id, slug } = await t.app.stories.createStory(
			mina,
			article({ title: 'Autumn at Deoksugung', language: 'en' })
		);
		await t.app.stories.moveStory(mina, id, 'submit');
		await t.app.stories.moveStory(reviewer, id, 'publish', { publishAt: '2026-07-02T09:00' });
		expect(await t.app.stories.publishedStory(slug)).toBeNull();
		expect((await t.app.stories.reviewQueue('scheduled')).map((s) => s.id)).toContain(id);
		expect((await t.app.stories.storyForWork(mina, id)).shownStatus).toBe('scheduled');
		clock.set(new Date('2026-07-02T00:00:01Z'));
		try {
			expect((await t.app.stories.publishedStory(slug))?.id).toBe(id);
		} finally {
			clock.set(new Date('2026-07-01T03:00:00Z'));
		}
	});

	it('unpublishing takes a story down, republishing brings it back, archiving retires it', async () => {
		const { id, slug } = await t.app.stories.createStory(
			mina,
			article({ title: 'Bukchon mornings', language: 'en' })
		);
		await t.app.stories.moveStory(mina, id, 'submit');
		await t.app.stories.moveStory(reviewer, id, 'publish');
		await t.app.stories.moveStory(reviewer, id, 'unpublish');
		expect(await t.app.stories.publishedStory(slug)).toBeNull();
		await t.app.stories.moveStory(reviewer, id, 'publish');
		expect(await t.app.stories.publishedStory(slug)).not.toBeNull();
		await t.app.stories.moveStory(mina, id, 'archive');
		expect(await t.app.stories.publishedStory(slug)).toBeNull();
		const again = await failure(t.app.stories.moveStory(reviewer, id, 'publish'));
		expect(again.code).toBe('story_locked');
	});
});

describe('who may do what', () => {
	it('a Mate cannot publish their own story, nor edit, submit or open another Mate’s', async () => {
		const { id } = await t.app.stories.createStory(mina, article({ title: 'Mina’s draft', language: 'en' }));
		expect((await failure(t.app.stories.saveStory(omar, id, article()))).code).toBe('forbidden');
		expect((await failure(t.app.stories.moveStory(omar, id, 'submit'))).code).toBe('forbidden');
		expect((await failure(t.app.stories.storyForWork(omar, id))).code).toBe('forbidden');
		await t.app.stories.moveStory(mina, id, 'submit');
		expect((await failure(t.app.stories.moveStory(mina, id, 'publish'))).code).toBe('forbidden');
		expect((await failure(t.app.stories.moveStory(mina, id, 'requestChanges', { comment: 'x' }))).code).toBe(
			'forbidden'
		);
		// A reviewer who wrote a story still cannot publish it themselves.
		const own = await t.app.stories.createStory(
			reviewer,
			article({ title: 'Reviewer’s own', language: 'en' })
		);
		await t.app.stories.moveStory(reviewer, own.id, 'submit');
		expect((await failure(t.app.stories.moveStory(reviewer, own.id, 'publish'))).code).toBe('forbidden');
	});

	it('offers each person only the steps open to them', async () => {
		const { id } = await t.app.stories.createStory(mina, article({ title: 'Open steps', language: 'en' }));
		expect((await t.app.stories.storyForWork(mina, id)).actions).toEqual(['submit', 'archive']);
		await t.app.stories.moveStory(mina, id, 'submit');
		expect((await t.app.stories.storyForWork(mina, id)).actions).toEqual(['withdraw']);
		expect((await t.app.stories.storyForWork(reviewer, id)).actions).toEqual(['requestChanges', 'publish']);
	});
});

describe('bad input', () => {
	it('refuses a script tag in the editor JSON, unsafe links, and an empty title, changing nothing', async () => {
		const { id } = await t.app.stories.createStory(mina, article({ title: 'Safe story', language: 'en' }));
		const script = {
			type: 'doc',
			content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }]
		};
		expect(
			(await failure(t.app.stories.saveStory(mina, id, { ...article(), body: JSON.stringify(script) })))
				.fields?.body?.key
		).toBe('errors.field.storyBody');
		const link = {
			type: 'doc',
			content: [
				{
					type: 'paragraph',
					content: [
						{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }
					]
				}
			]
		};
		expect(
			(await failure(t.app.stories.saveStory(mina, id, { ...article(), body: JSON.stringify(link) }))).fields
				?.body?.key
		).toBe('errors.field.storyLink');
		expect(
			(await failure(t.app.stories.saveStory(mina, id, article({ title: '' })))).fields?.title?.key
		).toBe('errors.field.required');
		expect((await t.app.stories.storyForWork(mina, id)).title).toBe('Safe story');
	});

	it('escapes text when rendering, so typed HTML stays text', async () => {
		const html = renderDocument({
			content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] }]
		});
		expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
	});

	it('will not submit a story without a summary or with almost no text', async () => {
		const { id } = await t.app.stories.createStory(
			mina,
			article({ title: 'Too thin', summary: '', language: 'en', bodyText: 'Short.' })
		);
		expect((await failure(t.app.stories.moveStory(mina, id, 'submit'))).fields?.summary?.key).toBe(
			'errors.field.summaryRequired'
		);
		await t.app.stories.saveStory(
			mina,
			id,
			article({ title: 'Too thin', language: 'en', bodyText: 'Short.' })
		);
		expect((await failure(t.app.stories.moveStory(mina, id, 'submit'))).fields?.body?.key).toBe(
			'errors.field.storyTooShort'
		);
	});
});

describe('search', () => {
	it('finds 축제 inside 축제를, matches every word in any case, and only published stories', async () => {
		const { id } = await t.app.stories.createStory(
			mina,
			article({
				title: '서울시에서 열린 축제를 보고',
				bodyText: 'Lanterns over the CHEONGGYECHEON stream, lit every evening at seven o’clock.'
			})
		);
		const draft = await t.app.stories.createStory(mina, article({ title: '아직 초안인 축제 이야기' }));
		await t.app.stories.moveStory(mina, id, 'submit');
		await t.app.stories.moveStory(reviewer, id, 'publish');
		const hits = await t.app.stories.searchStories('축제');
		expect(hits.map((h) => h.id)).toContain(id);
		expect(hits.map((h) => h.id)).not.toContain(draft.id);
		expect((await t.app.stories.searchStories('cheonggyecheon LANTERNS')).map((h) => h.id)).toContain(id);
		expect(await t.app.stories.searchStories('lanterns 없는단어')).toEqual([]);
		expect(await t.app.stories.searchStories('100%_\\')).toEqual([]);
		expect(await t.app.stories.searchStories('   ')).toEqual([]);
	});

	it('finds two-letter Korean words by their letter pair, and follows edits of a published story', async () => {
		const { id } = await t.app.stories.createStory(
			mina,
			article({
				title: '한강 공원에서 보낸 저녁',
				bodyText: '서울시에서 자전거를 빌려 강변을 달렸어요. '.repeat(3)
			})
		);
		await t.app.stories.moveStory(mina, id, 'submit');
		await t.app.stories.moveStory(reviewer, id, 'publish');
		const found = async (q: string) => (await t.app.stories.searchStories(q)).some((h) => h.id === id);
		expect(await found('한강')).toBe(true);
		expect(await found('서울')).toBe(true);
		expect(await found('강변')).toBe(true);
		// The pair must be next to each other: 한 and 공 are both in the title, 한공 is not.
		expect(await found('한공')).toBe(false);
		await t.app.stories.saveStory(
			mina,
			id,
			article({
				title: '남산 타워에서 본 야경',
				bodyText: '케이블카를 타고 올라가서 야경을 봤어요. '.repeat(3)
			})
		);
		expect(await found('한강')).toBe(false);
		expect(await found('야경')).toBe(true);
	});

	it('gives stories written before the letter-pair index the same pairs the app gives new ones', async () => {
		const text = '서울시에서 열린 축제를 ひらがな 漢字 and Latin';
		const migration = readFileSync(join(migrationsFolder, '0011_story_search_grams.sql'), 'utf8');
		const backfill = migration.split('--> statement-breakpoint').find((s) => s.includes('UPDATE'))!;
		const { id } = await t.app.stories.createStory(mina, article({ title: text }));
		await t.app.db.update(story).set({ searchGrams: [] }).where(eq(story.id, id));
		await t.app.db.execute(sql.raw(backfill.replace(/^--.*$/gm, '').replace(';', ` WHERE id = '${id}';`)));
		const [row] = await t.app.db.select().from(story).where(eq(story.id, id));
		expect(new Set(row.searchGrams)).toEqual(new Set(cjkBigrams(row.searchText)));
		expect(row.searchGrams).toEqual(expect.arrayContaining(['서울', '축제', 'ひら', '漢字']));
		expect(row.searchGrams.some((p) => /[a-z]/i.test(p))).toBe(false);
	});
});

describe('images in a story', () => {
	const id = '0b8e5c2e-3f1a-4c55-9d2e-1f6a7b8c9d0e';
	const doc = (attrs: Record<string, unknown>) =>
		JSON.stringify({ type: 'doc', content: [{ type: 'image', attrs }] });

	it('render as a responsive picture with AVIF, WebP and JPEG, size set and the description escaped', () => {
		const html = renderDocument(
			{
				content: [
					{ type: 'image', attrs: { src: `/media/images/${id}/master.jpg`, alt: 'A "tiger" <lantern>' } }
				]
			},
			new Map([[id, { width: 1800, height: 1200, widths: [480, 960, 1600] }]])
		);
		expect(html).toContain('<source type="image/avif" srcset="/media/images/' + id + '/480.avif 480w');
		expect(html).toContain('type="image/webp"');
		expect(html).toContain('width="1800" height="1200"');
		expect(html).toContain('alt="A &quot;tiger&quot; &lt;lantern&gt;"');
		expect(html).toContain('loading="lazy"');
	});

	it('must be our own uploads, each with a description', async () => {
		const { id: storyId } = await t.app.stories.createStory(
			mina,
			article({ title: 'Pictures', language: 'en' })
		);
		const elsewhere = await failure(
			t.app.stories.saveStory(mina, storyId, {
				...article(),
				body: doc({ src: 'https://evil.example/x.jpg', alt: 'x' })
			})
		);
		expect(elsewhere.fields?.body?.key).toBe('errors.field.storyImage');
		const noAlt = await failure(
			t.app.stories.saveStory(mina, storyId, {
				...article(),
				body: doc({ src: `/media/images/${id}/master.jpg`, alt: ' ' })
			})
		);
		expect(noAlt.fields?.body?.key).toBe('errors.field.imageAlt');
	});
});

describe('cached public pages', () => {
	const kept = (url: string) => t.app.pages.lookup({ method: 'GET', url, headers: {} });
	const keep = (url: string, tags: string[]) =>
		t.app.pages.store(
			{ method: 'GET', url, headers: {} },
			{ status: 200, headers: [['etag', '"1"']], body: new Uint8Array([1]), tags }
		);

	it('are forgotten when a story changes for visitors, and kept through draft autosaves', async () => {
		const { id, slug } = await t.app.stories.createStory(mina, article({ title: 'Cached lanterns' }));
		keep('/', ['stories']);
		await t.app.stories.saveStory(mina, id, article({ title: 'Cached lanterns, draft two' }));
		expect(kept('/')).not.toBeNull();

		await t.app.stories.moveStory(mina, id, 'submit');
		await t.app.stories.moveStory(reviewer, id, 'publish', {});
		expect(kept('/')).toBeNull();

		keep(`/stories/${slug}`, [`story:${id}`]);
		await t.app.stories.saveStory(mina, id, article({ title: 'Cached lanterns, corrected' }));
		expect(kept(`/stories/${slug}`)).toBeNull();

		keep(`/stories/${slug}`, [`story:${id}`]);
		await t.app.stories.moveStory(reviewer, id, 'unpublish', { comment: 'Paused' });
		expect(kept(`/stories/${slug}`)).toBeNull();
	});
});
