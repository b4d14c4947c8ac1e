import { describe, expect, it } from 'vitest';
import type { CapturedMail } from '../support/smtp-capture.ts';
import {
	arrive,
	en,
	field,
	linkIn,
	newPage,
	pathOf,
	signInDemo,
	useBrowser,
	visit,
	waitForMail
} from './support.ts';

const browser = useBrowser();
const maria = {
	email: 'maria@demo.sotong.example',
	name: 'María González (Demo Mate, Mexico)',
	handle: 'maria-gonzalez'
};
const kenji = { email: 'kenji@demo.sotong.example', name: 'Kenji Watanabe (Demo Mate, Japan)' };

/** The next email to `to` whose subject is this one (other forum mail to the same person is skipped). */
async function mailWithSubject(to: string, subject: string): Promise<CapturedMail> {
	for (;;) {
		const mail = await waitForMail(to, 30_000);
		if (mail.subject === subject) return mail;
	}
}

describe('forum notifications', () => {
	it('a Mate mentioned in a reply sees it in the app and by email, and unsubscribes from the email link', async () => {
		const title = `Night photo walk ${Date.now().toString(36)}`;
		const starter = (await newPage(browser())).page;
		await signInDemo(starter, maria.email, false);
		await visit(starter, '/forum/new');
		await field(starter, 'category').selectOption({ label: 'Missions' });
		await field(starter, 'title').fill(title);
		await starter.locator('.editor-body').click();
		await starter.keyboard.type('Who wants to photograph the bridges at night?');
		await arrive(starter, { path: /^\/forum\/t\/\d+-/, text: en('forum.started') }, () =>
			starter.getByRole('button', { name: en('forum.startTopic') }).click()
		);
		const topicPath = new URL(starter.url()).pathname;
		// Starting a topic subscribes its writer.
		expect(await starter.locator('#follow').innerText()).toContain(
			en('notifications.follow.topicSubscribed')
		);

		// Kenji replies and mentions her, choosing her from the editor's suggestions by keyboard.
		const replier = (await newPage(browser())).page;
		await signInDemo(replier, kenji.email, false);
		await visit(replier, topicPath);
		await replier.locator('.editor-body').click();
		await replier.keyboard.type('Count me in, @mari');
		// The suggestion names her as her page does, with her handle.
		const option = replier.getByRole('option', { name: new RegExp(`\\(@${maria.handle}\\)$`) });
		await option.waitFor({ state: 'visible' });
		await replier.keyboard.press('Enter');
		await replier.keyboard.type('bring your tripod.');
		expect(await replier.locator('.editor-body').innerText()).toContain(
			`@${maria.handle} bring your tripod.`
		);
		await arrive(replier, { text: en('forum.replied') }, () =>
			replier.getByRole('button', { name: en('forum.postReply') }).click()
		);
		const mention = replier.locator('#post-2 a.mention');
		expect(await mention.getAttribute('href')).toBe(`/mates/${maria.handle}`);

		// María sees the count in the header and the notification in her list; it leads to the reply.
		await visit(starter, '/forum');
		const bell = starter.locator('.notifications-link').filter({ visible: true });
		expect(Number(await bell.locator('.count').innerText())).toBeGreaterThan(0);
		await arrive(starter, { path: '/account/notifications' }, () => bell.click());
		const item = starter.getByRole('link', {
			name: en('notifications.kinds.mention', { name: kenji.name, title })
		});
		await arrive(starter, { path: topicPath }, () => item.click());
		expect(new URL(starter.url()).hash).toBe('#post-2');
		await visit(starter, '/account/notifications');
		expect(
			await starter
				.getByRole('listitem')
				.filter({ hasText: title })
				.filter({ hasText: en('notifications.unread') })
				.count()
		).toBe(0);

		// …and the email, sent by the job queue through the local SMTP server.
		const mail = await mailWithSubject(
			maria.email,
			en('notifications.email.mention.subject', { name: kenji.name, title })
		);
		expect(mail.text).toContain('bring your tripod.');
		expect(pathOf(linkIn(mail, '/forum/t/'))).toMatch(new RegExp(`^${topicPath}\\?page=1$`));
		const unsubscribe = linkIn(mail, '/unsubscribe/');
		expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribe.href}>`);

		// The link works without signing in, and asks before it changes anything.
		const visitor = (await newPage(browser())).page;
		await visit(visitor, pathOf(unsubscribe));
		expect(
			await visitor.getByText(en('notifications.unsubscribe.instant', { email: maria.email })).count()
		).toBe(1);
		await arrive(visitor, { text: en('notifications.unsubscribe.doneInstant') }, () =>
			visitor.getByRole('button', { name: en('notifications.unsubscribe.confirm') }).click()
		);
		await visit(starter, '/account');
		expect(await field(starter, 'instantEmail').isChecked()).toBe(false);
	});
});
