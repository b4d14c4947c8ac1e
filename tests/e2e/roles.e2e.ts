import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { totpFor } from '../support/totp.ts';
import { demoPassword, demoPeople } from '../../src/lib/server/demo/people.ts';
import {
	arrive,
	en,
	linkIn,
	newPage,
	pathOf,
	signIn,
	signInDemo,
	submitForm,
	uniqueEmail,
	useBrowser,
	visit,
	waitForMail
} from './support.ts';

const browser = useBrowser();
const staffRoles = new Set([
	'content-reviewer',
	'programme-manager',
	'inbox-agent',
	'department-responder',
	'analyst',
	'diplomacy-officer',
	'admin'
]);
const adminNav = [
	'/console',
	'/console/staff',
	'/console/cohorts',
	'/console/applications',
	'/console/credentials',
	'/console/stories',
	'/console/symbols',
	'/console/forum',
	'/console/departments',
	'/console/audit',
	'/console/settings',
	'/console/api-tokens'
];
const staffNav = ['/console', '/console/api-tokens'];
const reviewerNav = ['/console', '/console/stories', '/console/forum', '/console/api-tokens'];
const managerNav = [
	'/console',
	'/console/cohorts',
	'/console/applications',
	'/console/credentials',
	'/console/symbols',
	'/console/api-tokens'
];

async function consoleLinks(page: Page): Promise<string[]> {
	const nav = page
		.getByRole('navigation', { name: en('shell.console.navLabel') })
		.filter({ visible: true })
		.first();
	const links = nav.getByRole('link');
	return Promise.all(
		(await links.all()).map(async (l) => new URL((await l.getAttribute('href'))!, page.url()).pathname)
	);
}

describe('demo accounts', () => {
	it('are listed on the sign-in page in demo mode', async () => {
		const { page } = await newPage(browser());
		await visit(page, '/sign-in');
		for (const person of demoPeople) await page.getByRole('row').filter({ hasText: person.email }).waitFor();
		await page.getByText(demoPassword).first().waitFor();
	});

	it.each(demoPeople.map((p) => [p.role, p.email, p] as const))(
		'%s %s signs in and sees what the role allows',
		async (role, _email, person) => {
			const { page } = await newPage(browser());
			const staff = staffRoles.has(role);
			await signInDemo(page, person.email, staff);
			const text = await page.locator('body').innerText();
			expect(text).toContain(person.name.split(' (')[0]);
			if (staff) {
				expect(await consoleLinks(page)).toEqual(
					role === 'admin'
						? adminNav
						: role === 'programme-manager'
							? managerNav
							: role === 'content-reviewer'
								? reviewerNav
								: staffNav
				);
				if (role === 'programme-manager') await visit(page, '/console/cohorts');
				if (role !== 'admin') await visit(page, '/console/staff', { status: 403 });
			} else {
				expect(new URL(page.url()).pathname).toBe('/account');
				await visit(page, '/console', { status: 403 });
			}
		}
	);
});

describe('administration', () => {
	it('lists people, invites a staff member who joins and sets up two-step sign-in, and shows it in the audit log', async () => {
		const admin = demoPeople.find((p) => p.role === 'admin')!;
		const { page } = await newPage(browser());
		await signInDemo(page, admin.email, true);

		// Staff only by default; everyone when asked.
		await visit(page, '/console/staff');
		const listed = async () => (await page.getByRole('row').allInnerTexts()).join('\n');
		const isStaff = (p: (typeof demoPeople)[number]) => !['mate', 'applicant'].includes(p.role);
		for (const person of demoPeople.filter(isStaff))
			await page.getByRole('cell').filter({ hasText: person.email }).first().waitFor();
		for (const person of demoPeople.filter((p) => !isStaff(p)))
			expect(await listed()).not.toContain(person.email);
		await visit(page, '/console/staff?staff=all');
		for (const person of demoPeople)
			await page.getByRole('cell').filter({ hasText: person.email }).first().waitFor();
		await visit(page, '/console/staff');

		const email = uniqueEmail('e2e-invitee');
		await submitForm(
			page,
			{ name: 'Invited Analyst', email },
			{ path: '/console/staff', text: en('console.staff.invited', { email }) },
			{ check: ['roles=analyst'] }
		);

		await visit(page, '/console/audit');
		await page.getByRole('cell').filter({ hasText: email }).first().waitFor();
		expect(await page.getByRole('row').count()).toBeGreaterThan(1);

		// The invitee opens the emailed link in their own browser.
		const invitee = (await newPage(browser())).page;
		const link = linkIn(await waitForMail(email), '/invitation');
		await visit(invitee, pathOf(link));
		const password = 'invited analyst password';
		await submitForm(
			invitee,
			{ password, confirmPassword: password },
			{ path: '/sign-in', text: en('auth.invitation.done') }
		);
		await signIn(invitee, email, password, { path: '/account' });
		// Staff without two-step sign-in are sent to set it up before the console opens.
		await arrive(invitee, { path: '/account/two-factor' }, () => invitee.goto('/console'));
		await submitForm(invitee, { password }, { text: en('auth.setup2fa.scan') });
		const secret = (await invitee.getByTestId('totp-secret').innerText()).trim();
		await submitForm(invitee, { code: totpFor(secret) }, { path: '/console' });
		expect(await consoleLinks(invitee)).toEqual(staffNav);

		await visit(page, '/console/audit');
		await page.getByRole('cell').filter({ hasText: 'staff.invitation.accept' }).first().waitFor();

		// A new department can be chosen at once when giving someone the responder role.
		await visit(page, '/console/departments');
		const name = `E2E Noise Complaints ${Date.now()}`;
		await submitForm(
			page,
			{ nameEn: name, nameKo: '소음 민원팀', phone: '02-120' },
			{ path: '/console/departments', text: en('console.departments.created', { name }) }
		);
		await page.getByRole('cell').filter({ hasText: name }).first().waitFor();
		await visit(page, '/console/staff');
		expect(await page.locator('#invite-department option').allInnerTexts()).toContain(name);
	});
});

describe('the console', () => {
	it('sends a visitor to sign in and comes back afterwards', async () => {
		const { page } = await newPage(browser());
		await visit(page, '/console');
		const url = new URL(page.url());
		expect(url.pathname).toBe('/sign-in');
		expect(url.searchParams.get('redirectTo')).toBe('/console');
	});
});
