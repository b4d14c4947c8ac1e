import { describe, expect, it } from 'vitest';
import {
	arrive,
	en,
	field,
	formWith,
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
import { photoWithGps } from '../support/images.ts';

const browser = useBrowser();

describe('becoming a Global Mate', () => {
	it('a visitor applies, confirms by email, a manager scores and accepts, and the new Mate signs in', async () => {
		const visitor = (await newPage(browser())).page;
		const email = uniqueEmail('e2e-applicant');
		const nameLatin = `Ines Moreau ${Date.now().toString(36).replace(/\d/g, 'x')}`;

		await visit(visitor, '/');
		await arrive(visitor, { path: '/apply' }, () =>
			visitor
				.getByRole('link', { name: en('public.home.becomeMate') })
				.first()
				.click()
		);
		const form = formWith(visitor, 'nameLatin', 'motivation');
		await field(form, 'nameNative').fill('Inès Moreau');
		await field(form, 'nameLatin').fill(nameLatin);
		await field(form, 'email').fill(email);
		await field(form, 'country').selectOption('FR');
		await field(form, 'city').fill('Seoul');
		await field(form, 'languages=fr').check();
		await field(form, 'languages=en').check();
		await field(form, 'links').fill('https://ines.example.com\nhttps://www.instagram.com/ines_e2e');
		await field(form, 'sample1').fill('https://ines.example.com/seongsu');
		// The second sample is a photo taken on a phone, sent with the form.
		await field(form, 'sample2File').setInputFiles({
			name: 'hangang-picnic.jpg',
			mimeType: 'image/jpeg',
			buffer: await photoWithGps()
		});
		// A bad answer first: the form says what is wrong and keeps everything typed.
		await field(form, 'motivation').fill('Too short.');
		await field(form, 'acceptPrivacy').check();
		await arrive(visitor, { text: en('errors.field.motivationShort') }, () =>
			form.getByRole('button', { name: en('apply.submit') }).click()
		);
		expect(await field(form, 'nameNative').inputValue()).toBe('Inès Moreau');
		expect(await field(form, 'languages=fr').isChecked()).toBe(true);
		expect(await field(form, 'sample1').inputValue()).toBe('https://ines.example.com/seongsu');
		expect(await field(form, 'sample2File').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(
			1
		);

		await field(form, 'motivation').fill(
			'I have lived in Seoul for four years and write in French about its design studios, cafés and riverside parks for readers planning their first visit.'
		);
		await field(form, 'acceptPrivacy').check();
		await arrive(visitor, { text: en('apply.checkEmailTitle') }, () =>
			form.getByRole('button', { name: en('apply.submit') }).click()
		);

		const confirm = await waitForMail(email);
		await visit(visitor, pathOf(linkIn(confirm, '/apply/status/')));
		await visitor.getByText(en('apply.statuses.submitted')).first().waitFor();
		expect(await visitor.locator('body').innerText()).toContain('https://ines.example.com/seongsu');
		// The applicant sees their photo through their own link; a visitor guessing addresses does not.
		const preview = visitor.getByRole('img', {
			name: en('apply.sampleImage', { name: 'hangang-picnic.jpg' })
		});
		const ownThumb = (await preview.getAttribute('src')) ?? '';
		expect((await visitor.request.get(ownThumb)).headers()['content-type']).toBe('image/webp');
		const stranger = (await newPage(browser())).page;
		const guessed = ownThumb.replace(/\/apply\/status\/[^/]+/, '/apply/status/guessed-token');
		expect((await stranger.request.get(guessed)).status()).toBe(404);

		const manager = (await newPage(browser())).page;
		await signInDemo(manager, 'manager@demo.sotong.example', true);
		await visit(manager, '/console/applications?country=FR');
		await arrive(manager, { path: /^\/console\/applications\/[\w-]+$/ }, () =>
			manager.getByRole('link', { name: nameLatin }).click()
		);
		// Reviewers see the photo as a preview linked to the full image, which only they may open.
		const thumb = manager.getByRole('img', { name: en('apply.sampleImage', { name: 'hangang-picnic.jpg' }) });
		const full =
			(await manager
				.getByRole('link', { name: /hangang-picnic/ })
				.first()
				.getAttribute('href')) ?? '';
		expect(await thumb.getAttribute('src')).toMatch(/\/samples\/[\w-]+\/thumb$/);
		const fullImage = await manager.request.get(full);
		expect(fullImage.headers()).toMatchObject({
			'content-type': 'image/jpeg',
			'cache-control': 'private, no-store'
		});
		expect((await stranger.request.get(full, { maxRedirects: 0 })).status()).toBe(303);
		const rubric = formWith(manager, 'motivation', 'samples', 'reach');
		for (const criterion of ['motivation', 'samples', 'reach'])
			await field(rubric, criterion).selectOption('4');
		await arrive(manager, { text: en('console.applications.done.scored') }, () =>
			rubric.getByRole('button').click()
		);
		await submitForm(
			manager,
			{ body: 'Great French-language reach.' },
			{ text: 'Great French-language reach.' }
		);
		await arrive(manager, { text: en('console.applications.done.decided') }, () =>
			manager.getByRole('button', { name: en('console.applications.approve') }).click()
		);
		await manager.getByText(en('apply.statuses.approved')).first().waitFor();

		const welcome = await waitForMail(email);
		expect(welcome.subject).toContain('Welcome');
		const mate = (await newPage(browser())).page;
		await visit(mate, pathOf(linkIn(welcome, '/reset-password')));
		await submitForm(
			mate,
			{ password: 'my first mate password', confirmPassword: 'my first mate password' },
			{ path: '/sign-in' }
		);
		await signIn(mate, email, 'my first mate password', { path: '/account' });
		expect(await mate.locator('body').innerText()).toContain(en('console.roles.mate'));

		// The new Mate fills in their profile: a portrait and an introduction.
		await arrive(mate, { path: /\/mates\/[\w-]+\/edit$/ }, () =>
			mate.getByRole('link', { name: en('mates.profile.edit') }).click()
		);
		await mate.locator('input[name="photo"]').setInputFiles({
			name: 'me.jpg',
			mimeType: 'image/jpeg',
			buffer: await photoWithGps()
		});
		await arrive(mate, { text: en('mates.edit.photoSaved') }, () =>
			mate.getByRole('button', { name: en('mates.edit.uploadPhoto') }).click()
		);
		await field(mate, 'bio-fr').fill('Je raconte Séoul aux lecteurs francophones.');
		await arrive(mate, { path: /^\/mates\/[\w-]+$/, text: 'Je raconte Séoul' }, () =>
			mate.getByRole('button', { name: en('mates.edit.save') }).click()
		);
		const portrait = mate.locator('img.portrait');
		const src = await portrait.getAttribute('src');
		const image = await mate.request.get(src!);
		expect(image.headers()['content-type']).toBe('image/webp');
		expect((await mate.locator('a[rel~="me"]').allInnerTexts()).join(' ')).toContain(
			'instagram.com/ines_e2e'
		);

		// Visitors find the new Mate in the directory.
		await visit(visitor, '/mates?country=FR');
		await visitor.getByRole('link', { name: nameLatin }).waitFor();
	});

	it('a manager checks a CSV file, sees the problems by line, and imports the fixed rows', async () => {
		const { page } = await newPage(browser());
		await signInDemo(page, 'manager@demo.sotong.example', true);
		await visit(page, '/console/applications/import');
		const good = uniqueEmail('e2e-import');
		const csv = `email,name_native,name_latin,country,city,languages,links\n${good},김하늘,Haneul Kim,KR,Seoul,ko;en,\nbroken,X,X,ZZ,Seoul,en,`;
		await field(page, 'csv').fill(csv);
		await arrive(page, { text: en('console.applications.importProblems') }, () =>
			page.getByRole('button', { name: en('console.applications.check') }).click()
		);
		const problems = await page.getByRole('table').innerText();
		expect(problems).toContain(en('errors.field.email'));
		expect(problems).toContain(en('errors.field.country'));

		await field(page, 'csv').fill(csv.split('\n').slice(0, 2).join('\n'));
		await arrive(page, { text: en('console.applications.imported', { n: 1, skipped: 0 }) }, () =>
			page.getByRole('button', { name: en('console.applications.importSubmit') }).click()
		);
		expect((await waitForMail(good)).subject).toContain('Welcome');
	});
});
