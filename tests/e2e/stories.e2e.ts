import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { arrive, en, field, newPage, signInDemo, useBrowser, visit } from './support.ts';
import { photoWithGps } from '../support/images.ts';

const browser = useBrowser();

describe('stories from draft to the front page', () => {
	it('a Mate writes an article, a reviewer asks for a change, the Mate fixes it, it is published and visitors read it', async () => {
		const title = `서울시에서 열린 축제 ${Date.now().toString(36)}`;
		const mate = (await newPage(browser())).page;
		await signInDemo(mate, 'maria@demo.sotong.example', false);
		await visit(mate, '/write');
		await arrive(mate, { path: '/write/new' }, () =>
			mate.getByRole('link', { name: en('stories.write.new') }).click()
		);
		await field(mate, 'title').fill(title);
		await field(mate, 'summary').fill('A night among the lanterns by the stream.');
		await field(mate, 'language').selectOption('ko');
		const editor = mate.locator('.editor-body');
		await editor.click();
		await mate.keyboard.type(
			'청계천을 따라 등불이 켜졌습니다. 수많은 사람들이 늦게까지 물가를 따라 걸으며 사진을 찍고 이야기를 나눴습니다.'
		);
		await mate.keyboard.type(' 꼭 가 보세요!');
		for (let i = 0; i < '꼭 가 보세요!'.length; i++) await mate.keyboard.press('Shift+ArrowLeft');
		await mate.getByRole('button', { name: en('stories.editor.bold') }).click();
		expect(
			await mate.getByRole('button', { name: en('stories.editor.bold') }).getAttribute('aria-pressed')
		).toBe('true');
		// Switching a style on and typing goes on in that style.
		await mate.keyboard.press('End');
		await mate.getByRole('button', { name: en('stories.editor.bold') }).click();
		await mate.getByRole('button', { name: en('stories.editor.italic') }).click();
		await mate.keyboard.type(' Go!');
		expect((await editor.locator('em').innerText()).trim()).toBe('Go!');
		await field(mate, 'topics=festivals').check();
		await field(mate, 'districts=jongno').check();
		await arrive(mate, { path: /^\/write\/[\w-]+$/ }, () =>
			mate.getByRole('button', { name: en('stories.write.saveDraft') }).click()
		);
		const storyPath = new URL(mate.url()).pathname;

		await arrive(mate, { text: en('stories.moved.submitted') }, () =>
			mate.getByRole('button', { name: en('stories.actions.submit') }).click()
		);

		const reviewer = (await newPage(browser())).page;
		await signInDemo(reviewer, 'reviewer@demo.sotong.example', true);
		await visit(reviewer, '/console/stories');
		await arrive(reviewer, { path: /^\/console\/stories\/[\w-]+$/ }, () =>
			reviewer.getByRole('link', { name: title }).click()
		);
		expect(await reviewer.locator('article strong').innerText()).toContain('꼭 가 보세요');
		await field(reviewer, 'comment').fill('Please say when the lanterns are lit.');
		await arrive(reviewer, { text: en('stories.moved.changes_requested') }, () =>
			reviewer.getByRole('button', { name: en('stories.actions.requestChanges') }).click()
		);

		await visit(mate, storyPath);
		await mate.getByText('Please say when the lanterns are lit.').first().waitFor();
		await mate.locator('.editor-body').click();
		await mate.keyboard.press('Control+End');
		await mate.keyboard.type(' 등불은 저녁 7시에 켜집니다.');
		// Two photos, each uploaded with a progress report and a description (asked for in a prompt).
		for (const [alt, size] of [
			['Lanterns over the stream', [1800, 1200]],
			['A tiger lantern', [1200, 1600]]
		] as const) {
			mate.once('dialog', (dialog) => dialog.accept(alt));
			await mate
				.locator('.story-editor input[type="file"]')
				.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps(...size) });
			await mate.getByText(en('stories.editor.uploaded')).waitFor();
			await mate.locator(`.editor-body img[alt="${alt}"]`).waitFor();
			await mate.keyboard.press('Control+End');
		}
		await arrive(mate, { text: en('stories.write.saved') }, () =>
			mate.getByRole('button', { name: en('stories.write.save') }).click()
		);
		await arrive(mate, { text: en('stories.moved.submitted') }, () =>
			mate.getByRole('button', { name: en('stories.actions.submit') }).click()
		);

		await visit(reviewer, reviewer.url());
		await arrive(reviewer, { text: en('stories.moved.published') }, () =>
			reviewer.getByRole('button', { name: en('stories.actions.publish') }).click()
		);

		const visitor = (await newPage(browser())).page;
		// A Korean reader sees Korean stories first on the home page; this one is the newest.
		await visit(visitor, '/?lang=ko');
		await arrive(visitor, { path: /^\/stories\// }, () => visitor.getByRole('link', { name: title }).click());
		const storyUrl = new URL(visitor.url());
		// The photos come as AVIF/WebP/JPEG variants once the background job has made them, without GPS.
		for (let i = 0; i < 40 && (await visitor.locator('article picture').count()) < 2; i++) {
			await visitor.waitForTimeout(500);
			await visitor.reload();
		}
		expect(await visitor.locator('article picture').count()).toBe(2);
		const webp = (await visitor
			.locator('article picture source[type="image/webp"]')
			.first()
			.getAttribute('srcset'))!.split(' ')[0];
		const photo = await visitor.request.get(webp);
		expect(photo.headers()['content-type']).toBe('image/webp');
		expect((await sharp(await photo.body()).metadata()).exif).toBeUndefined();
		const img = visitor.locator('article picture img').first();
		expect(await img.getAttribute('alt')).toBe('Lanterns over the stream');
		expect(await img.getAttribute('width')).toBe('1800');
		const body = await visitor.locator('article').innerText();
		expect(body).toContain('등불은 저녁 7시에 켜집니다');
		expect(await visitor.locator('script[type="application/ld+json"]').count()).toBe(1);
		expect(await visitor.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);

		// Korean search finds it by a word inside another (축제 in 축제를 / 축제), with the match marked.
		await visit(visitor, `/search?q=${encodeURIComponent('축제 등불')}`);
		const hit = visitor.getByRole('listitem').filter({ hasText: title });
		expect(await hit.locator('mark').first().innerText()).toBe('축제');

		// …browsing by topic, district and language, and on the writer's own page.
		await visit(visitor, '/stories?topic=festivals&district=jongno&language=ko');
		await visitor.getByRole('link', { name: title }).waitFor();
		await visit(visitor, '/stories?topic=shopping&language=ko');
		expect(await visitor.getByRole('link', { name: title }).count()).toBe(0);
		await visit(visitor, '/mates/maria-gonzalez');
		await visitor.getByRole('link', { name: title }).waitFor();

		// …in the feeds and the sitemap.
		const rss = await visitor.request.get('/feed.xml');
		expect(rss.headers()['content-type']).toContain('application/rss+xml');
		expect(await rss.text()).toContain(title);
		expect((await (await visitor.request.get('/feed.json?topic=festivals')).json()).items[0].title).toBe(
			title
		);
		expect(await (await visitor.request.get('/sitemap.xml')).text()).toContain(
			storyUrl.pathname.split('/').pop()
		);

		// Public pages revalidate cheaply: the same page again is 304 Not Modified.
		const home = await visitor.request.get('/stories', { headers: { cookie: '' } });
		const etag = home.headers()['etag'];
		expect(home.headers()['cache-control']).toContain('stale-while-revalidate');
		const again = await visitor.request.get('/stories', { headers: { cookie: '', 'if-none-match': etag } });
		expect(again.status()).toBe(304);
		expect(again.headers()['content-security-policy']).toBeUndefined();
		// Every answer, kept or rendered, runs its script under a nonce of its own.
		const nonces = [];
		for (const answer of [home, await visitor.request.get('/stories', { headers: { cookie: '' } })]) {
			const nonce = /'nonce-([^']+)'/.exec(answer.headers()['content-security-policy'])![1];
			expect(await answer.text()).toContain(`<script nonce="${nonce}">`);
			nonces.push(nonce);
		}
		expect(nonces[1]).not.toBe(nonces[0]);

		// The visitor's pages come from the page cache; a published edit shows on the very next request.
		await visit(visitor, storyUrl.pathname);
		await visit(mate, storyPath);
		await mate.getByLabel(en('stories.fields.title'), { exact: true }).fill(`${title} (updated)`);
		await arrive(mate, { text: en('stories.write.saved') }, () =>
			mate.getByRole('button', { name: en('stories.write.save') }).click()
		);
		await visit(visitor, storyUrl.pathname);
		await visitor.getByRole('heading', { level: 1, name: `${title} (updated)` }).waitFor();
		expect(home.headers()['x-sotong-page-tags']).toBeUndefined();
	});
});
