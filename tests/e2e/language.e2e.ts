import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arrive, en, ko, newPage, useBrowser, visit } from './support.ts';

const browser = useBrowser();

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

describe('language', () => {
	it('switches to Korean with the header switcher and stays Korean on every page', async () => {
		const { page, context } = await newPage(browser(), { locale: 'en-GB' });
		await visit(page, '/sign-in');
		expect(await htmlLang(page)).toBe('en');
		await page
			.getByRole('heading', { name: en('auth.signIn.title') })
			.first()
			.waitFor();

		const korean = page
			.getByRole('button', { name: ko('common.languageNames.ko') })
			.filter({ visible: true })
			.first();
		await arrive(page, { path: '/sign-in', text: ko('auth.signIn.lead') }, () => korean.click());
		expect(await htmlLang(page)).toBe('ko');

		for (const path of ['/', '/sign-up', '/forgot-password', '/privacy']) {
			await visit(page, path);
			expect(await htmlLang(page), `lang of ${path}`).toBe('ko');
		}
		await page
			.getByRole('link', { name: ko('shell.account.signIn') })
			.first()
			.waitFor();
		expect((await context.cookies()).find((c) => c.name === 'locale')?.value).toBe('ko');

		const english = page
			.getByRole('button', { name: en('common.languageNames.en') })
			.filter({ visible: true })
			.first();
		await arrive(page, { text: en('shell.account.signIn') }, () => english.click());
		expect(await htmlLang(page)).toBe('en');
	});

	it('follows the browser’s preferred language until a choice is made', async () => {
		const { page } = await newPage(browser(), { locale: 'ko-KR' });
		await visit(page, '/sign-in');
		expect(await htmlLang(page)).toBe('ko');
		await visit(page, '/sign-in?lang=en');
		expect(await htmlLang(page)).toBe('en');
		await visit(page, '/');
		expect(await htmlLang(page), 'the ?lang= choice is remembered').toBe('en');
	});
});
