import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arrive, en, field, newPage, signInDemo, useBrowser, visit } from './support.ts';
import { photoWithGps } from '../support/images.ts';
import { makeVideo } from '../support/videos.ts';

const browser = useBrowser();

/** Drops an image file onto the editor, as a person dragging it from their desktop would. */
async function dropImage(page: Page, name: string, bytes: Buffer) {
	await page.evaluate(
		({ name, data }) => {
			const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, {
				type: 'image/jpeg'
			});
			const transfer = new DataTransfer();
			transfer.items.add(file);
			const target = document.querySelector<HTMLElement>('.editor-body')!;
			const box = target.getBoundingClientRect();
			target.dispatchEvent(
				new DragEvent('drop', {
					dataTransfer: transfer,
					bubbles: true,
					cancelable: true,
					clientX: box.left + 20,
					clientY: box.top + 20
				})
			);
		},
		{ name, data: bytes.toString('base64') }
	);
}

/** Starts filling the new-topic form: category, title, a line of text. */
async function newTopic(page: Page, category: string, title: string, text: string) {
	await visit(page, '/forum/new');
	await field(page, 'category').selectOption({ label: category });
	await field(page, 'title').fill(title);
	await page.locator('.editor-body').click();
	await page.keyboard.type(text);
}

const startTopic = (page: Page) =>
	arrive(page, { path: /^\/forum\/t\/\d+-/, text: en('forum.started') }, () =>
		page.getByRole('button', { name: en('forum.startTopic') }).click()
	);

describe('photos, clips, drafts, reactions and search in the forum', () => {
	it('a Mate posts a photo and a clip; a visitor sees public attachments only and never finds a Mates-only topic', async () => {
		const word = `hanji${Date.now().toString(36)}`;
		const maria = (await newPage(browser())).page;
		maria.on('dialog', (d) => void d.accept('Paper lanterns over the stream'));
		await signInDemo(maria, 'maria@demo.sotong.example', false);

		// A public topic: a photo dropped into the editor, a clip chosen with the toolbar's button.
		await newTopic(maria, 'Places and events', `Lantern walk ${word}`, `The ${word} lanterns last night.`);
		await dropImage(maria, 'lanterns.jpg', await photoWithGps(1200, 800));
		await maria.getByText(en('stories.editor.uploaded')).waitFor();
		await maria.locator('#editor-clip-file').setInputFiles({
			name: 'stream.mp4',
			mimeType: 'video/mp4',
			buffer: await makeVideo('mp4', { width: 640, height: 360, seconds: 2 })
		});
		// The unsent topic is kept (a moment after the last change): after a reload it is all still there.
		const keptWithClip = maria.waitForResponse(
			(r) =>
				r.url().endsWith('/forum/drafts') &&
				r.request().method() === 'PUT' &&
				!!r.request().postData()?.includes('/media/videos/'),
			{ timeout: 60_000 }
		);
		await maria.getByText(en('stories.editor.clipAdded')).waitFor({ timeout: 60_000 });
		expect((await keptWithClip).status()).toBe(200);
		await maria.getByText(en('forumExtras.drafts.saved')).waitFor();
		await maria.reload();
		await maria.getByText(en('forumExtras.drafts.restored')).waitFor();
		expect(await field(maria, 'title').inputValue()).toBe(`Lantern walk ${word}`);
		await maria.locator('.editor-body img').waitFor();
		expect(await maria.locator('.editor-body').innerText()).toContain(`The ${word} lanterns last night.`);
		expect(await maria.locator('.editor-body video').count()).toBe(1);

		await startTopic(maria);
		const publicTopic = new URL(maria.url()).pathname;
		const photo = maria.locator('#post-1 img');
		expect(await photo.getAttribute('alt')).toBe('Paper lanterns over the stream');
		const photoSrc = (await photo.getAttribute('src'))!;
		expect(photoSrc).toMatch(/^\/media\/images\/[\w-]{36}\//);
		const clipSrc = (await maria.locator('#post-1 video source').getAttribute('src'))!;
		expect(clipSrc).toMatch(/^\/media\/videos\/[\w-]{36}\/original\.mp4$/);
		// The draft went with the post.
		await visit(maria, '/forum/new');
		expect(await field(maria, 'title').inputValue()).toBe('');

		// A Mates-only topic with a photo chosen with the toolbar's button.
		await newTopic(maria, 'Missions', `Secret lantern mission ${word}`, 'Only for Mates.');
		await maria.locator('#editor-image-file').setInputFiles({
			name: 'plan.jpg',
			mimeType: 'image/jpeg',
			buffer: await photoWithGps(800, 600)
		});
		await maria.getByText(en('stories.editor.uploaded')).waitFor();
		await startTopic(maria);
		const secretSrc = (await maria.locator('#post-1 img').getAttribute('src'))!;
		expect((await maria.request.get(secretSrc)).status()).toBe(200);

		// A visitor: the public topic's photo and clip load, the Mates-only photo does not exist.
		const visitor = (await newPage(browser())).page;
		await visit(visitor, publicTopic);
		expect((await visitor.request.get(photoSrc)).status()).toBe(200);
		const ranged = await visitor.request.get(clipSrc, { headers: { range: 'bytes=0-99' } });
		expect(ranged.status()).toBe(206);
		expect((await visitor.request.get(secretSrc)).status()).toBe(404);

		// Search finds the public topic with the word marked, and never the Mates-only one.
		await visit(visitor, `/forum/search?q=${word}`);
		const results = visitor.locator('ol.results > li');
		expect(await results.count()).toBe(1);
		expect(await results.first().locator('mark').first().innerText()).toBe(word);
		expect(await results.first().innerText()).toContain('Lantern walk');
		await visit(visitor, `/forum/search?q=${encodeURIComponent(`secret ${word}`)}`);
		expect(await visitor.getByText(en('forumExtras.search.nothing', { q: `secret ${word}` })).count()).toBe(
			1
		);
		// Visitors see reaction counts but have no buttons.
		await visit(visitor, publicTopic);
		expect(await visitor.locator('#post-1 form.reactions').count()).toBe(0);

		// Another Mate reacts by keyboard; pressing again takes it back.
		const kenji = (await newPage(browser())).page;
		await signInDemo(kenji, 'kenji@demo.sotong.example', false);
		await visit(kenji, publicTopic);
		const heart = kenji.locator('#post-1 button[value="heart"]');
		await heart.focus();
		await kenji.keyboard.press('Enter');
		await expect.poll(() => heart.getAttribute('aria-pressed')).toBe('true');
		expect(await heart.innerText()).toContain('1');
		await visit(visitor, publicTopic);
		expect(await visitor.locator('#post-1 .reactions').innerText()).toContain('❤️ 1');
		await kenji.keyboard.press('Enter');
		await expect.poll(() => heart.getAttribute('aria-pressed')).toBe('false');

		// Links on their own line: the platform's post behind a play button, any other site as a card.
		await kenji.locator('.editor-body').click();
		await kenji.keyboard.type('Both worth a look:');
		await kenji.keyboard.press('Enter');
		await kenji.keyboard.type('https://youtu.be/dQw4w9WgXcQ ');
		await kenji.keyboard.press('Enter');
		await kenji.keyboard.type('https://korean.visitseoul.net/events ');
		await arrive(kenji, { text: en('forum.replied') }, () =>
			kenji.getByRole('button', { name: en('forum.postReply') }).click()
		);
		const reply = kenji.locator('#post-2');
		expect(await reply.locator('.link-card').innerText()).toContain('korean.visitseoul.net');
		expect(await reply.locator('iframe').count()).toBe(0);
		await kenji.route('https://www.youtube-nocookie.com/**', (route) => route.abort());
		await reply.getByRole('button', { name: en('stories.video.play', { provider: 'YouTube' }) }).click();
		expect(await reply.locator('iframe').getAttribute('src')).toBe(
			'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
		);

		// Without JavaScript a reaction is a form post that comes back to the post.
		const lukas = (await newPage(browser(), { appScripts: false })).page;
		await signInDemo(lukas, 'lukas@demo.sotong.example', false);
		await visit(lukas, publicTopic);
		await arrive(lukas, { path: publicTopic }, () => lukas.locator('#post-1 button[value="thanks"]').click());
		expect(await lukas.locator('#post-1 button[value="thanks"]').getAttribute('aria-pressed')).toBe('true');
	});
});
