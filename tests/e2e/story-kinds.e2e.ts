import { describe, expect, it } from 'vitest';
import { arrive, en, field, newPage, signInDemo, useBrowser, visit } from './support.ts';
import { photoWithGps } from '../support/images.ts';
import { makeVideo } from '../support/videos.ts';

const browser = useBrowser();

/** Starts a story of a kind from /write/new and lands on its editing page. */
async function startStory(page: import('playwright-core').Page, kind: string, title: string) {
	await visit(page, '/write/new');
	await page.getByLabel(en(`stories.kinds.${kind}`), { exact: true }).check();
	await field(page, 'title').fill(title);
	await field(page, 'summary').fill('Seoul in pictures and moving images.');
	await field(page, 'language').selectOption('en');
	// The editor is left untouched: an empty text is fine for a draft.
	await arrive(page, { path: /^\/write\/[\w-]{36}$/ }, () =>
		page.getByRole('button', { name: en('stories.write.saveDraft') }).click()
	);
}

describe('photo sets and videos', () => {
	it('a Mate drops photos into a photo set, describes and orders them, and uploads a video in chunks', async () => {
		const mate = (await newPage(browser())).page;
		await signInDemo(mate, 'maria@demo.sotong.example', false);

		const title = `Palace walls ${Date.now().toString(36)}`;
		await startStory(mate, 'photos', title);
		await mate.locator('#photo-files').setInputFiles([
			{ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps(1200, 800) },
			{ name: 'gate.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps(800, 1200) }
		]);
		await mate.locator('#photo-1-alt').waitFor();
		await mate.locator('#photo-0-alt').fill('A stone wall under maples');
		await mate.locator('#photo-0-caption').fill('Along the palace wall');
		await mate.locator('#photo-1-alt').fill('The gate at dusk');
		await mate.locator('#photo-1-caption').fill('Gwanghwamun');
		await mate
			.getByRole('button', { name: en('stories.fields.moveUp') })
			.nth(1)
			.click();
		expect(await mate.locator('#photo-0-alt').inputValue()).toBe('The gate at dusk');
		await arrive(mate, { text: en('stories.write.saved') }, () =>
			mate.getByRole('button', { name: en('stories.write.save') }).click()
		);
		await mate.reload();
		expect(await mate.locator('#photo-0-caption').inputValue()).toBe('Gwanghwamun');
		await arrive(mate, { text: en('stories.moved.submitted') }, () =>
			mate.getByRole('button', { name: en('stories.actions.submit') }).click()
		);

		// A video story: the file goes up in chunks with a progress bar, then plays in the preview.
		await startStory(mate, 'video', `Night market ${Date.now().toString(36)}`);
		await mate.getByLabel(en('stories.video.byUpload')).check();
		await mate.locator('#video-file').setInputFiles({
			name: 'market.mp4',
			mimeType: 'video/mp4',
			buffer: await makeVideo('mp4', { width: 640, height: 360, seconds: 2 })
		});
		await mate.getByText(en('stories.video.uploaded')).waitFor({ timeout: 60_000 });
		await arrive(mate, { text: en('stories.write.saved') }, () =>
			mate.getByRole('button', { name: en('stories.write.save') }).click()
		);
		await arrive(mate, { path: /\/preview$/ }, () =>
			mate.getByRole('link', { name: en('stories.write.preview') }).click()
		);
		const video = mate.locator('article video source');
		expect(await video.getAttribute('src')).toMatch(/^\/media\/videos\/[\w-]{36}\/original\.mp4$/);
		const ranged = await mate.request.get((await video.getAttribute('src'))!, {
			headers: { range: 'bytes=0-99' }
		});
		expect(ranged.status()).toBe(206);
		expect((await ranged.body()).length).toBe(100);

		// A linked video shows the platform's player only after the visitor asks (nothing loads before).
		await visit(mate, mate.url().replace(/\/preview$/, ''));
		await mate.getByLabel(en('stories.video.byLink')).check();
		await field(mate, 'videoLink').fill('https://youtu.be/dQw4w9WgXcQ');
		await arrive(mate, { text: en('stories.write.saved') }, () =>
			mate.getByRole('button', { name: en('stories.write.save') }).click()
		);
		await arrive(mate, { path: /\/preview$/ }, () =>
			mate.getByRole('link', { name: en('stories.write.preview') }).click()
		);
		expect(await mate.locator('iframe').count()).toBe(0);
		// The test never reaches outside 127.0.0.1: the player's address is refused here.
		await mate.route('https://www.youtube-nocookie.com/**', (route) => route.abort());
		await mate.getByRole('button', { name: en('stories.video.play', { provider: 'YouTube' }) }).click();
		expect(await mate.locator('iframe').getAttribute('src')).toBe(
			'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
		);
	});
});
