import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page,
	type Response
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { translator } from '../../src/lib/i18n/index.ts';
import { linkIn, type CapturedMail } from '../support/smtp-capture.ts';
import { totpFor } from '../support/totp.ts';
import { demoPassword } from '../../src/lib/server/demo/people.ts';

export const baseUrl = inject('baseUrl');
export const en = translator('en');
export const ko = translator('ko');
export { linkIn };

const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: chromiumArgs
	});
}

/** Requests the page tried to make outside loopback; each test asserts this stays empty. */
const blockedRequests: string[] = [];
const contexts: BrowserContext[] = [];

/**
 * One Chromium per test file. After each test its browser contexts are closed and the test fails if
 * a page tried to reach anything outside loopback.
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterEach(async () => {
		for (const context of contexts.splice(0)) await context.close();
		expect(blockedRequests.splice(0), 'requests to addresses outside 127.0.0.1').toEqual([]);
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('The browser is not running');
		return browser;
	};
}

/**
 * A fresh browser context (no cookies), optionally without the app's own JavaScript, whose every request to anything but 127.0.0.1/localhost is
 * aborted and recorded, so a test can never reach out to the internet.
 */
export async function newPage(
	browser: Browser,
	opts: { locale?: string; appScripts?: boolean } = {}
): Promise<{ page: Page; context: BrowserContext }> {
	const context = await browser.newContext({ baseURL: baseUrl, locale: opts.locale ?? 'en-GB' });
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (
			['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) ||
			url.protocol === 'data:' ||
			url.protocol === 'blob:'
		)
			return route.continue();
		blockedRequests.push(url.href);
		return route.abort('blockedbyclient');
	});
	// Without the app's scripts the pages must still work: plain links and form posts (axe still runs).
	if (opts.appScripts === false)
		await context.route(/\/_app\/.*\.js(\?.*)?$/, (route) => route.abort('blockedbyclient'));
	contexts.push(context);
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	return { page, context };
}

/** Fails when axe finds a serious or critical violation, listing each one readably. */
export async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	if (bad.length === 0) return;
	const report = bad
		.map(
			(v) =>
				`- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
				v.nodes
					.map((n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
					.join('\n')
		)
		.join('\n');
	throw new Error(`Accessibility problems on ${page.url()}:\n${report}`);
}

/** Opens a path, checks the answer's status (200 unless told) and the page's accessibility. */
export async function visit(page: Page, path: string, opts: { status?: number } = {}): Promise<Page> {
	const response = await page.goto(path, { waitUntil: 'load' });
	expectStatus(response, opts.status ?? 200, path);
	await expectAccessible(page);
	return page;
}

/** What shows that an action finished: the address it leads to and/or a text that appears. */
export interface Arrival {
	path?: string | RegExp;
	text?: string;
}

/**
 * Runs an action (a click, a form post), waits until the page shows the arrival (JavaScript-enhanced
 * forms may update in place instead of loading a page), and checks accessibility like visit() does.
 */
export async function arrive(page: Page, until: Arrival, run: () => Promise<unknown>): Promise<Page> {
	const matches = (u: URL) =>
		until.path === undefined ||
		(typeof until.path === 'string' ? u.pathname === until.path : until.path.test(u.pathname + u.search));
	await run();
	try {
		if (until.path !== undefined) await page.waitForURL(matches, { waitUntil: 'load' });
		if (until.text !== undefined) await page.getByText(until.text).first().waitFor({ state: 'visible' });
		await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
		await page.waitForLoadState('networkidle');
	} catch (err) {
		const alerts = await page
			.getByRole('alert')
			.allInnerTexts()
			.catch(() => []);
		throw new Error(
			`Expected ${JSON.stringify({ path: until.path?.toString(), text: until.text })} but the page is ${page.url()}` +
				(alerts.length ? ` showing: ${alerts.join(' | ')}` : '') +
				`\n${(err as Error).message}`,
			{ cause: err }
		);
	}
	await expectAccessible(page);
	return page;
}

function expectStatus(response: Response | null, status: number, path: string) {
	expect(response, `no response for ${path}`).not.toBeNull();
	expect(response!.status(), `status of ${path} (${response!.url()})`).toBe(status);
}

/** A CSS selector for a field by `name`, or by `name=value` for one box of a checkbox group. */
function fieldSelector(name: string): string {
	const eq = name.indexOf('=');
	return eq === -1 ? `[name="${name}"]` : `[name="${name.slice(0, eq)}"][value="${name.slice(eq + 1)}"]`;
}

/** The form that contains a field with each of these names (see fieldSelector). */
export function formWith(page: Page, ...names: string[]): Locator {
	let form = page.locator('form');
	for (const name of names) form = form.filter({ has: page.locator(fieldSelector(name)) });
	return form;
}

export function field(scope: Page | Locator, name: string): Locator {
	return scope.locator(fieldSelector(name));
}

/** Fills named fields (and ticks named checkboxes) of the form holding them, submits it, and waits. */
export async function submitForm(
	page: Page,
	values: Record<string, string>,
	until: Arrival,
	opts: { check?: string[] } = {}
): Promise<Page> {
	const form = formWith(page, ...Object.keys(values), ...(opts.check ?? []));
	expect(await form.count(), `forms with fields ${Object.keys(values).join(', ')} on ${page.url()}`).toBe(1);
	for (const [name, value] of Object.entries(values)) await field(form, name).fill(value);
	for (const name of opts.check ?? []) await field(form, name).check();
	return arrive(page, until, () => form.locator('button[type="submit"]').click());
}

export async function signIn(page: Page, email: string, password: string, until: Arrival): Promise<Page> {
	await visit(page, '/sign-in');
	return submitForm(page, { email, password }, until);
}

/** Signs out with the POST form in the header, or in the console's user menu (opened first). */
export async function signOut(page: Page, until: Arrival): Promise<Page> {
	const forms = page.locator('form[action="/sign-out"]');
	if ((await forms.filter({ visible: true }).count()) === 0) {
		await page.locator('details', { has: forms }).first().locator('summary').first().click();
	}
	return arrive(page, until, () => forms.filter({ visible: true }).first().getByRole('button').click());
}

const taken = new Set<string>();

/** Waits for the next email to `to` that the app sent to the capture server and no test has read yet. */
export async function waitForMail(to: string, timeoutMs = 15_000): Promise<CapturedMail> {
	const mailDir = inject('mailDir');
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		for (const file of readdirSync(mailDir).sort()) {
			if (taken.has(file)) continue;
			let mail: CapturedMail;
			try {
				mail = JSON.parse(readFileSync(join(mailDir, file), 'utf8')) as CapturedMail;
			} catch {
				continue; // still being written
			}
			if (mail.to.includes(to.toLowerCase())) {
				taken.add(file);
				return mail;
			}
		}
		if (Date.now() > deadline) throw new Error(`No email to ${to} within ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** The path and query of a link, to open it against the server under test. */
export function pathOf(url: URL): string {
	expect(url.origin).toBe(baseUrl);
	return url.pathname + url.search;
}

export function uniqueEmail(label: string): string {
	return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

/** The TOTP secret the sign-in page's demo table shows for an account. */
async function demoSecret(page: Page, email: string): Promise<string> {
	const row = page.getByRole('row').filter({ hasText: email });
	expect(await row.count(), `a demo table row for ${email}`).toBe(1);
	const cells = await row.getByRole('cell').allInnerTexts();
	const secret = cells[2]?.trim();
	expect(secret, `the TOTP secret shown for ${email}`).toMatch(/^[A-Z2-7]{16,}$/);
	return secret;
}

/** Signs a demo account in through the pages (its TOTP secret read from the demo table), with the code step for staff. */
export async function signInDemo(page: Page, email: string, staff: boolean): Promise<void> {
	await visit(page, '/sign-in');
	const secret = staff ? await demoSecret(page, email) : null;
	await submitForm(
		page,
		{ email, password: demoPassword },
		{ path: staff ? '/sign-in/two-factor' : '/account' }
	);
	if (secret) await submitForm(page, { code: totpFor(secret) }, { path: '/console' });
}
