import { describe, expect, it } from 'vitest';
import { arrive, en, field, newPage, signInDemo, useBrowser, visit } from './support.ts';

const browser = useBrowser();

const maria = 'María González (Demo Mate, Mexico)';

describe('forum moderation', () => {
	it('a Mate flags a post, a reviewer hides it from the flag queue, its writer reads why, others see it hidden', async () => {
		const title = `Street food near Hongdae ${Date.now().toString(36)}`;
		const secret = 'Call my cousin on 010-1234-5678 for cheap tickets';
		const reason = 'Phone numbers and ticket sales are not allowed in the forum.';

		// María starts a public topic.
		const writer = (await newPage(browser())).page;
		await signInDemo(writer, 'maria@demo.sotong.example', false);
		await visit(writer, '/forum/new?category=places-and-events');
		await field(writer, 'title').fill(title);
		await writer.locator('.editor-body').click();
		await writer.keyboard.type(secret);
		await arrive(writer, { path: /^\/forum\/t\/\d+-/, text: en('forum.started') }, () =>
			writer.getByRole('button', { name: en('forum.startTopic') }).click()
		);
		const topicPath = new URL(writer.url()).pathname;
		// Her own post offers her an edit, not a flag.
		expect(await writer.getByRole('link', { name: en('moderation.editLabel', { n: 1 }) }).count()).toBe(1);
		expect(await writer.getByRole('link', { name: en('moderation.flag') }).count()).toBe(0);

		// Kenji flags it; without a reason the form says what is missing.
		const flagger = (await newPage(browser())).page;
		await signInDemo(flagger, 'kenji@demo.sotong.example', false);
		await visit(flagger, topicPath);
		await arrive(flagger, { path: `${topicPath}/p/1/flag` }, () =>
			flagger.getByRole('link', { name: en('moderation.flagLabel', { n: 1, name: maria }) }).click()
		);
		await arrive(flagger, { text: en('errors.field.flagReason') }, () =>
			flagger.getByRole('button', { name: en('moderation.sendFlag') }).click()
		);
		await flagger.getByLabel(en('moderation.reasons.spam')).check();
		await arrive(flagger, { path: topicPath, text: en('moderation.flagSent') }, () =>
			flagger.getByRole('button', { name: en('moderation.sendFlag') }).click()
		);
		expect(await flagger.locator('#post-1').innerText()).toContain(en('moderation.flagged'));

		// The reviewer finds it in the flag queue and hides it with a reason.
		const reviewer = (await newPage(browser())).page;
		await signInDemo(reviewer, 'reviewer@demo.sotong.example', true);
		await visit(reviewer, '/console/forum');
		const postLink = reviewer.getByRole('link', {
			name: en('moderation.console.postTitle', { n: 1, title })
		});
		await arrive(reviewer, { path: /^\/console\/forum\/posts\/[\w-]+$/ }, () => postLink.click());
		expect(await reviewer.locator('.post').innerText()).toContain(secret);
		expect(await reviewer.getByText(en('moderation.reasons.spam')).count()).toBeGreaterThan(0);
		// A reason is required: the member is told it.
		await arrive(reviewer, { text: en('errors.field.moderationReason') }, () =>
			reviewer.getByRole('button', { name: en('moderation.console.hide') }).click()
		);
		await field(reviewer, 'reason').first().fill(reason);
		await arrive(reviewer, { text: en('moderation.console.done.hide') }, () =>
			reviewer.getByRole('button', { name: en('moderation.console.hide') }).click()
		);
		// The topic's own page locks it, with the reason its writer reads.
		await arrive(reviewer, { path: /^\/console\/forum\/topics\/\d+$/ }, () =>
			reviewer.getByRole('link', { name: en('moderation.console.moderateTopic') }).click()
		);
		await field(reviewer, 'reason').first().fill('Settled: no more replies needed.');
		await arrive(reviewer, { text: en('moderation.console.done.state') }, () =>
			reviewer.getByRole('button', { name: en('moderation.console.lock') }).click()
		);
		await visit(reviewer, '/console/forum');
		expect(await postLink.count()).toBe(0);

		// María still sees her post, marked hidden, and why.
		await visit(writer, topicPath);
		const own = writer.locator('#post-1');
		expect(await own.innerText()).toContain(secret);
		expect(await own.innerText()).toContain(en('moderation.hiddenForYou'));
		expect(await own.innerText()).toContain(en('moderation.staffNote', { reason }));
		expect(await writer.locator('.notes').innerText()).toContain('Settled: no more replies needed.');

		// Other readers, and visitors, see only that staff hid it.
		for (const reader of [flagger, (await newPage(browser())).page]) {
			await visit(reader, topicPath);
			const post = reader.locator('#post-1');
			expect(await post.innerText()).toContain(en('moderation.hiddenByStaff'));
			expect(await post.innerText()).not.toContain(secret);
			expect(await post.innerText()).not.toContain(reason);
		}
	});
});
