import { describe, expect, it } from 'vitest';
import {
	en,
	linkIn,
	newPage,
	pathOf,
	signIn,
	signOut,
	submitForm,
	uniqueEmail,
	useBrowser,
	visit,
	waitForMail
} from './support.ts';
import type { Page } from 'playwright-core';

const browser = useBrowser();

/** Signs a new person up through the form and confirms the address from the emailed link. */
async function signUpAndVerify(page: Page, name: string, email: string, password: string) {
	await visit(page, '/sign-up');
	await submitForm(
		page,
		{ name, email, password, confirmPassword: password },
		{ path: '/sign-up', text: en('auth.signUp.checkEmailTitle') },
		{ check: ['acceptPrivacy'] }
	);
	const message = await waitForMail(email);
	await visit(page, pathOf(linkIn(message, '/verify-email')));
	expect(new URL(page.url()).pathname).toBe('/account');
	await page.getByText(en('auth.signIn.verified')).first().waitFor();
}

async function bodyText(page: Page): Promise<string> {
	return page.locator('body').innerText();
}

describe('accounts in the browser', () => {
	it('signs up through the form, confirms the email link, is signed in, and signs out', async () => {
		const { page } = await newPage(browser());
		const email = uniqueEmail('e2e-signup');
		await signUpAndVerify(page, 'Ada E2E', email, 'a long e2e password');
		expect(await bodyText(page)).toContain('Ada E2E');

		await signOut(page, { path: '/', text: en('auth.signOut.done') });
		expect(await page.locator('form[action="/sign-out"]').count()).toBe(0);
		await page
			.getByRole('link', { name: en('shell.account.signIn') })
			.first()
			.waitFor();

		// Signed out for real: the account page now asks to sign in.
		await visit(page, '/account');
		expect(new URL(page.url()).pathname).toBe('/sign-in');
	});

	it('without the app’s JavaScript, answers a bad sign-up with the errors and what was typed, never the password', async () => {
		const { page } = await newPage(browser(), { appScripts: false });
		await visit(page, '/sign-up');
		await submitForm(
			page,
			{
				name: 'Typo Person',
				email: 'typo@example.com',
				password: 'a long e2e password',
				confirmPassword: 'something else!'
			},
			{ path: '/sign-up', text: en('errors.field.passwordMismatch') },
			{ check: ['acceptPrivacy'] }
		);
		expect(await page.locator('[name="name"]').inputValue()).toBe('Typo Person');
		expect(await page.locator('[name="email"]').inputValue()).toBe('typo@example.com');
		expect(await page.locator('[name="password"]').inputValue()).toBe('');
	});

	it('resets a forgotten password from the emailed link and signs in with the new one', async () => {
		const { page } = await newPage(browser());
		const email = uniqueEmail('e2e-forgot');
		await signUpAndVerify(page, 'Forgetful Person', email, 'the first password');
		await signOut(page, { path: '/', text: en('auth.signOut.done') });

		await visit(page, '/sign-in');
		await page.getByRole('link', { name: en('auth.signIn.forgot') }).click();
		await page.waitForURL('**/forgot-password');
		await submitForm(page, { email }, { path: '/forgot-password', text: en('auth.forgot.sent', { email }) });

		const message = await waitForMail(email);
		await visit(page, pathOf(linkIn(message, '/reset-password')));
		const fresh = 'the second password';
		await submitForm(
			page,
			{ password: fresh, confirmPassword: fresh },
			{ path: '/sign-in', text: en('auth.reset.done') }
		);

		await submitForm(
			page,
			{ email, password: 'the first password' },
			{ path: '/sign-in', text: en('errors.invalid_credentials') }
		);
		await signIn(page, email, fresh, { path: '/account' });
		expect(await bodyText(page)).toContain('Forgetful Person');
	});
});
