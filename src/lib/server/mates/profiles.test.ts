import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson, uniqueEmail, type Person } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { phpAsJpeg, photoWithGps, pixelBombPng, svgWithScript } from '../../../../tests/support/images.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import { listAudit } from '../audit/service.ts';
import { matesPolicy } from './policy.ts';
import { user } from '../accounts/schema.ts';

const clock = fixedClock(new Date('2026-06-01T00:00:00Z'));
let t: TestApp;
let manager: Person;
const header = 'email,name_native,name_latin,country,city,languages,links';
const emails = { ana: uniqueEmail('ana'), joon: uniqueEmail('joon'), lea: uniqueEmail('lea') };

beforeAll(async () => {
	t = await createTestApp({ clock });
	manager = await createPerson(t.app, { roles: ['programme-manager'] });
	for (const [year, termStart, termEnd] of [
		['2025', '2025-05-01', '2026-04-30'],
		['2026', '2026-05-01', '2027-04-30']
	])
		await t.app.mates.openCohort(actionBy(manager), {
			year,
			termStart,
			termEnd,
			sizeTarget: '100',
			applicationsOpen: `${year}-02-01T09:00`,
			applicationsClose: `${year}-03-01T09:00`,
			languages: 'en'
		});
	const ctx = actionBy(manager);
	await t.app.mates.importCohort(
		ctx,
		2025,
		`${header}\n${emails.ana},Ana Souza,Ana Souza,BR,São Paulo,pt;en,https://www.instagram.com/ana`,
		{ dryRun: false }
	);
	await t.app.mates.importCohort(
		ctx,
		2026,
		`${header}\n${emails.joon},Joon Park,Joon Park,US,Seoul,en;ko,\n${emails.lea},Léa Martin,Lea Martin,FR,Lyon,fr,`,
		{ dryRun: false }
	);
});
afterAll(async () => {
	await t?.close();
});

const slugOf = async (name: string) =>
	(await t.app.mates.directory({})).find((m) => m.displayName === name)!.slug;
const userOf = async (email: string) =>
	(await t.app.db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0].id;

describe('the Mates directory', () => {
	it('lists Mates with their terms, alumni told apart, and filters by country, language and cohort', async () => {
		const all = await t.app.mates.directory({});
		expect(all.map((m) => m.displayName)).toEqual(['Ana Souza', 'Joon Park', 'Lea Martin']);
		expect(all.find((m) => m.displayName === 'Ana Souza')?.terms).toEqual([{ year: 2025, current: false }]);
		expect(all.find((m) => m.displayName === 'Joon Park')?.terms).toEqual([{ year: 2026, current: true }]);
		expect((await t.app.mates.directory({ country: 'FR' })).map((m) => m.displayName)).toEqual([
			'Lea Martin'
		]);
		expect((await t.app.mates.directory({ language: 'ko' })).map((m) => m.displayName)).toEqual([
			'Joon Park'
		]);
		expect((await t.app.mates.directory({ cohort: 2025 })).map((m) => m.displayName)).toEqual(['Ana Souza']);
		expect(await t.app.mates.countriesOfMates()).toEqual(
			expect.arrayContaining([
				{ country: 'BR', mates: 1 },
				{ country: 'FR', mates: 1 },
				{ country: 'US', mates: 1 }
			])
		);
	});

	it('gives each Mate a readable address and a public page', async () => {
		expect(await slugOf('Lea Martin')).toBe('lea-martin');
		const page = await t.app.mates.profileBySlug('lea-martin');
		expect(page).toMatchObject({ nameNative: 'Léa Martin', country: 'FR', city: 'Lyon', languages: ['fr'] });
		expect(await t.app.mates.profileBySlug('nobody-here')).toBeNull();
	});
});

describe('editing a profile', () => {
	it('saves name, city, languages, links and a bio per language; a manager’s edit is audited', async () => {
		const id = await userOf(emails.joon);
		await t.app.mates.updateProfile({ actorId: id }, id, {
			displayName: 'Joon P.',
			city: 'Seoul',
			languages: ['en', 'ko'],
			links: 'https://blog.naver.com/joon\nhttps://x.com/joon',
			'bio-en': 'I film night markets.',
			'bio-ko': '야시장을 찍습니다.',
			'bio-fr': '  '
		});
		const saved = await t.app.mates.profileBySlug('joon-park');
		expect(saved).toMatchObject({
			displayName: 'Joon P.',
			links: ['https://blog.naver.com/joon', 'https://x.com/joon'],
			bio: { en: 'I film night markets.', ko: '야시장을 찍습니다.' }
		});
		expect((await listAudit(t.app.db, { action: 'profile.update' })).events).toHaveLength(0);
		await t.app.mates.updateProfile(actionBy(manager), id, {
			displayName: 'Joon Park',
			city: 'Seoul',
			languages: 'en',
			links: ''
		});
		expect((await listAudit(t.app.db, { action: 'profile.update' })).events.map((e) => e.targetId)).toEqual([
			'joon-park'
		]);
	});

	it('refuses bad input by field and changes nothing', async () => {
		const id = await userOf(emails.lea);
		const err = await failure(
			t.app.mates.updateProfile({ actorId: id }, id, {
				displayName: '',
				city: 'Lyon',
				languages: [],
				links: 'javascript:alert(1)',
				'bio-fr': 'x'.repeat(601)
			})
		);
		expect(Object.fromEntries(Object.entries(err.fields ?? {}).map(([k, v]) => [k, v.key]))).toEqual({
			displayName: 'errors.field.required',
			languages: 'errors.field.chooseLanguage',
			links: 'errors.field.url',
			bio: 'errors.field.bioLong'
		});
		expect((await t.app.mates.profileBySlug('lea-martin'))?.displayName).toBe('Lea Martin');
	});

	it('only the Mate themself and the programme team may edit', async () => {
		const lea = await userOf(emails.lea);
		const joon = await userOf(emails.joon);
		const asMate = (userId: string) => ({
			userId,
			name: '',
			email: '',
			emailVerified: true,
			roles: ['mate' as const],
			departmentId: null,
			twoFactorEnabled: false
		});
		expect(matesPolicy.canEditProfile(asMate(lea), lea)).toBe(true);
		expect(matesPolicy.canEditProfile(asMate(joon), lea)).toBe(false);
		expect(matesPolicy.canEditProfile(null, lea)).toBe(false);
		const reviewer = { ...asMate('x'), roles: ['content-reviewer' as const], twoFactorEnabled: true };
		expect(matesPolicy.canEditProfile(reviewer, lea)).toBe(false);
		const pm = { ...asMate('y'), roles: ['programme-manager' as const], twoFactorEnabled: true };
		expect(matesPolicy.canEditProfile(pm, lea)).toBe(true);
	});
});

describe('portraits', () => {
	const storedFiles = async () => {
		const root = join(t.app.env.storageDir, 'profiles');
		return (await readdir(root, { recursive: true }).catch(() => [])).filter((f) => f.endsWith('.webp'));
	};

	it('stores a square WebP without GPS and replaces the previous one', async () => {
		const id = await userOf(emails.ana);
		const first = await t.app.mates.setPortrait({ actorId: id }, id, await photoWithGps(900, 600));
		const second = await t.app.mates.setPortrait({ actorId: id }, id, await photoWithGps(600, 900));
		expect(second).not.toBe(first);
		expect(await t.app.storage.exists(first)).toBe(false);
		const bytes = Buffer.concat(await (await t.app.storage.get(second)).toArray());
		const meta = await sharp(bytes).metadata();
		expect(meta).toMatchObject({ format: 'webp', width: 480, height: 480 });
		expect(meta.exif).toBeUndefined();
		expect((await t.app.mates.profileBySlug('ana-souza'))?.photoKey).toBe(second);
	});

	it.each([
		['a zero-byte file', Buffer.alloc(0), 'errors.upload.empty'],
		['a PHP file named .jpg', phpAsJpeg, 'errors.upload.notImage'],
		['an SVG with a script', svgWithScript, 'errors.upload.notImage'],
		['a 30,000 × 30,000 PNG', pixelBombPng(), 'errors.upload.tooManyPixels']
	])('refuses %s with a clear message and stores nothing', async (_what, bytes, key) => {
		const id = await userOf(emails.lea);
		const before = await storedFiles();
		const err = await failure(t.app.mates.setPortrait({ actorId: id }, id, bytes));
		expect(err.fields?.photo?.key).toBe(key);
		expect(await storedFiles()).toEqual(before);
		expect((await t.app.mates.profileBySlug('lea-martin'))?.photoKey).toBeNull();
	});
});
