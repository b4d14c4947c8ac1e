import { describe, expect, it } from 'vitest';
import { arrive, en, field, newPage, signInDemo, useBrowser, visit } from './support.ts';

const browser = useBrowser();

describe('the Mates forum', () => {
	it('a Mate starts a topic in a Mates-only category, another Mate quotes and replies, visitors get 404', async () => {
		const title = `Mission ideas for Mangwon ${Date.now().toString(36)}`;
		const maria = (await newPage(browser())).page;
		await signInDemo(maria, 'maria@demo.sotong.example', false);
		await visit(maria, '/forum');
		await arrive(maria, { path: '/forum/new' }, () =>
			maria.getByRole('link', { name: en('forum.newTopic') }).click()
		);
		await field(maria, 'category').selectOption({ label: 'Missions' });
		await field(maria, 'title').fill(title);
		// An empty post is refused with a clear message, and what was typed stays in the form.
		await arrive(maria, { text: en('errors.field.postEmpty') }, () =>
			maria.getByRole('button', { name: en('forum.startTopic') }).click()
		);
		expect(await field(maria, 'title').inputValue()).toBe(title);
		await maria.locator('.editor-body').click();
		await maria.keyboard.type('Who wants to film the market at dusk with me? <script>alert(1)</script>');
		await arrive(maria, { path: /^\/forum\/t\/\d+-/, text: en('forum.started') }, () =>
			maria.getByRole('button', { name: en('forum.startTopic') }).click()
		);
		const topicPath = new URL(maria.url()).pathname;
		expect(await maria.locator('#post-1').innerText()).toContain('<script>alert(1)</script>');

		const kenji = (await newPage(browser())).page;
		await signInDemo(kenji, 'kenji@demo.sotong.example', false);
		await visit(kenji, '/forum/missions');
		const row = kenji.getByRole('listitem').filter({ hasText: title });
		await expect.poll(() => row.getByText(en('forum.neverOpened')).count()).toBe(1);
		await arrive(kenji, { path: topicPath }, () => kenji.getByRole('link', { name: title }).click());
		// With JavaScript, a quote joins what is already written in the reply.
		const editor = kenji.locator('.editor-body');
		await editor.click();
		await kenji.keyboard.type('Count me in, Saturday works.');
		await kenji
			.getByRole('link', {
				name: en('forum.quoteLabel', { n: 1, name: 'María González (Demo Mate, Mexico)' })
			})
			.click();
		await expect.poll(() => editor.locator('blockquote').innerText()).toContain('film the market at dusk');
		expect(await editor.innerText()).toContain('Count me in, Saturday works.');
		await arrive(kenji, { text: en('forum.replied') }, () =>
			kenji.getByRole('button', { name: en('forum.postReply') }).click()
		);
		const reply = kenji.locator('#post-2');
		await expect.poll(() => reply.innerText()).toContain('Count me in, Saturday works.');
		expect(await reply.locator('blockquote').innerText()).toContain('film the market at dusk');

		// Without JavaScript, quoting opens the reply form with the quote in its text box.
		const lukas = (await newPage(browser(), { appScripts: false })).page;
		await signInDemo(lukas, 'lukas@demo.sotong.example', false);
		await visit(lukas, topicPath);
		await arrive(lukas, { path: /\?quote=2$/ }, () =>
			lukas
				.getByRole('link', {
					name: en('forum.quoteLabel', { n: 2, name: 'Kenji Watanabe (Demo Mate, Japan)' })
				})
				.click()
		);
		const box = field(lukas, 'bodyText');
		expect(await box.inputValue()).toContain('Count me in, Saturday works.');
		await box.fill(`${await box.inputValue()}I will bring a tripod.`);
		await arrive(lukas, { text: en('forum.replied') }, () =>
			lukas.getByRole('button', { name: en('forum.postReply') }).click()
		);
		await expect.poll(() => lukas.locator('#post-3').innerText()).toContain('I will bring a tripod.');

		// Back in the topic, the writer sees where the new posts start.
		await visit(maria, topicPath);
		expect(await maria.locator('#new').innerText()).toContain(en('forum.newSinceLastVisit'));
		expect(await maria.locator('#new + li #post-2').count()).toBe(1);

		// Visitors do not learn that the topic or its category exist.
		const visitor = (await newPage(browser())).page;
		await visit(visitor, topicPath, { status: 404 });
		await visit(visitor, '/forum/missions', { status: 404 });
		await visit(visitor, '/forum');
		expect(await visitor.getByRole('link', { name: 'Missions' }).count()).toBe(0);
		await visit(visitor, '/forum/places-and-events');
	});
});
