import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	actionBy,
	createPerson,
	requestInfo,
	uniqueEmail,
	type Person
} from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { applicationForm, openCohort2027, statusTokenIn } from '../../../../tests/support/mates.ts';
import { linkIn } from '../../../../tests/support/smtp-capture.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import { listAudit } from '../audit/service.ts';
import { rolesOf } from '../staff/service.ts';

const clock = fixedClock(new Date('2027-02-10T03:00:00Z'));
let t: TestApp;
let manager: Person;

beforeAll(async () => {
	t = await createTestApp({ clock });
	manager = await createPerson(t.app, { roles: ['programme-manager'] });
	await openCohort2027(t.app, manager);
});
afterAll(async () => {
	await t?.close();
});

/** Applies without an account and opens the emailed link; returns the application's status view. */
async function applyAndConfirm(overrides: Record<string, string | string[]> = {}) {
	const form = applicationForm(overrides);
	await t.app.mates.apply(form, requestInfo());
	const mail = await t.mail.waitFor(String(form.email), { subject: /Confirm/ });
	const token = statusTokenIn(mail);
	const status = await t.app.mates.statusByToken(token);
	return { form, token, status: status! };
}

describe('applying to the open cohort', () => {
	it('stores the application unconfirmed until the emailed link is opened, then queues it', async () => {
		const form = applicationForm({ country: 'br', languages: ['pt', 'en'] });
		const answer = await t.app.mates.apply(form, requestInfo({ locale: 'ko' }));
		expect(answer.email).toBe(form.email);
		let queue = await t.app.mates.reviewQueue({ status: 'all', country: 'BR' });
		expect(queue.rows.find((r) => r.nameLatin === form.nameLatin)?.status).toBe('unconfirmed');

		const mail = await t.mail.waitFor(String(form.email));
		expect(mail.subject).toContain('2027');
		expect(mail.subject).toMatch(/지원/); // in the language the applicant used
		const token = statusTokenIn(mail);
		const status = await t.app.mates.statusByToken(token);
		expect(status).toMatchObject({ status: 'submitted', year: 2027, country: 'BR', languages: ['pt', 'en'] });
		expect(status?.privacyVersion).toBeGreaterThan(0);
		expect(status?.samples).toHaveLength(2);
		queue = await t.app.mates.reviewQueue({ country: 'BR' });
		expect(queue.rows.map((r) => r.nameLatin)).toContain(form.nameLatin);
	});

	it('never creates a second application for the same address, and sends a fresh link instead', async () => {
		const { form, token } = await applyAndConfirm();
		const before = (await t.app.mates.reviewQueue({ status: 'all' })).total;
		await t.app.mates.apply({ ...form, motivation: 'x'.repeat(120) }, requestInfo());
		const again = await t.mail.waitFor(String(form.email), { subject: /Your Global Mates/ });
		expect((await t.app.mates.reviewQueue({ status: 'all' })).total).toBe(before);
		expect(await t.app.mates.statusByToken(token)).toBeNull();
		const fresh = statusTokenIn(again);
		expect((await t.app.mates.statusByToken(fresh))?.motivation).toBe(form.motivation);
	});

	it('reports each bad field with its own message and stores nothing', async () => {
		const before = (await t.app.mates.reviewQueue({ status: 'all' })).total;
		const err = await failure(
			t.app.mates.apply(
				applicationForm({
					nameLatin: '김민지',
					country: 'XX',
					languages: [],
					motivation: 'Too short.',
					sample1: 'javascript:alert(1)',
					sample2: '',
					links: 'not a link',
					acceptPrivacy: ''
				}),
				requestInfo()
			)
		);
		expect(err.code).toBe('validation_failed');
		expect(Object.fromEntries(Object.entries(err.fields ?? {}).map(([k, v]) => [k, v.key]))).toMatchObject({
			nameLatin: 'errors.field.latinName',
			country: 'errors.field.country',
			languages: 'errors.field.chooseLanguage',
			motivation: 'errors.field.motivationShort',
			sample1: 'errors.field.url',
			links: 'errors.field.url',
			acceptPrivacy: 'errors.field.mustAccept'
		});
		const oneSample = await failure(t.app.mates.apply(applicationForm({ sample2: '' }), requestInfo()));
		expect(oneSample.fields?.sample2?.key).toBe('errors.field.twoSamples');
		expect((await t.app.mates.reviewQueue({ status: 'all' })).total).toBe(before);
	});

	it('refuses applications outside the window', async () => {
		clock.set(new Date('2027-03-20T00:00:00Z'));
		try {
			expect(await t.app.mates.cohortTakingApplications()).toBeNull();
			const err = await failure(t.app.mates.apply(applicationForm(), requestInfo()));
			expect(err.code).toBe('applications_closed');
		} finally {
			clock.set(new Date('2027-02-10T03:00:00Z'));
		}
	});

	it('lets a signed-in person apply with their verified address, with no confirmation step', async () => {
		const member = await createPerson(t.app);
		await t.app.mates.apply(applicationForm({ email: 'someone-else@example.com' }), requestInfo(), {
			userId: member.id,
			email: member.email,
			emailVerified: true
		});
		const mail = await t.mail.waitFor(member.email);
		expect(mail.subject).toMatch(/received/);
		expect(await t.app.mates.applicationsOf(member.id)).toEqual([
			expect.objectContaining({ year: 2027, status: 'submitted' })
		]);
		expect((await rolesOf(t.app.db, member.id)).roles).toContain('applicant');
	});
});

describe('reviewing applications', () => {
	it('filters by country and language and sorts by rubric score', async () => {
		const low = await applyAndConfirm({ country: 'JP', languages: ['ja'] });
		const high = await applyAndConfirm({ country: 'JP', languages: ['ja', 'en'] });
		const [lowId, highId] = await Promise.all(
			[low, high].map(
				async (a) =>
					(await t.app.mates.reviewQueue({ country: 'JP', status: 'all' })).rows.find(
						(r) => r.nameLatin === a.form.nameLatin
					)!.id
			)
		);
		expect(await t.app.mates.score(actionBy(manager), lowId, { motivation: 2, samples: 2, reach: 1 })).toBe(
			5
		);
		expect(await t.app.mates.score(actionBy(manager), highId, { motivation: 5, samples: 4, reach: 5 })).toBe(
			14
		);
		const sorted = await t.app.mates.reviewQueue({ country: 'JP', sort: 'score' });
		expect(sorted.rows.map((r) => r.id).slice(0, 2)).toEqual([highId, lowId]);
		const english = await t.app.mates.reviewQueue({ country: 'JP', language: 'en' });
		expect(english.rows.map((r) => r.id)).toEqual([highId]);

		const bad = await failure(
			t.app.mates.score(actionBy(manager), lowId, { motivation: 9, samples: 0, reach: 'x' })
		);
		expect(bad.fields?.motivation?.key).toBe('errors.field.rubric');
		await t.app.mates.addNote(actionBy(manager), highId, { body: 'Strong photo essays on Jongno.' });
		const detail = await t.app.mates.reviewDetail(highId);
		expect(detail.scoreTotal).toBe(14);
		expect(detail.notes).toEqual([
			expect.objectContaining({ body: 'Strong photo essays on Jongno.', author: manager.name })
		]);
		const { events } = await listAudit(t.app.db, { action: 'application.score' });
		expect(events.map((e) => e.targetId)).toContain(highId);
	});

	it('approval creates the Mate account, role, membership and profile, and emails a password link', async () => {
		const { form } = await applyAndConfirm({
			nameLatin: 'María José García',
			country: 'ES',
			languages: ['es', 'en']
		});
		const id = (await t.app.mates.reviewQueue({ country: 'ES' })).rows.find(
			(r) => r.nameLatin === form.nameLatin
		)!.id;
		expect(await t.app.mates.decide(actionBy(manager), id, { decision: 'approve' })).toBe('approved');

		const welcome = await t.mail.waitFor(String(form.email), { subject: /Welcome/ });
		const token = linkIn(welcome, '/reset-password').searchParams.get('token') ?? '';
		await t.app.accounts.resetPassword({
			token,
			password: 'my new mate password',
			confirmPassword: 'my new mate password'
		});
		const signIn = await t.app.accounts.signIn(
			{ email: form.email, password: 'my new mate password' },
			requestInfo()
		);
		expect(signIn.next).toBe('signed-in');

		const detail = await t.app.mates.reviewDetail(id);
		expect(detail.status).toBe('approved');
		expect((await rolesOf(t.app.db, detail.userId!)).roles).toEqual(['mate']);
		const { events } = await listAudit(t.app.db, { action: 'application.approve' });
		expect(events.map((e) => e.targetId)).toContain(id);
		const again = await failure(t.app.mates.decide(actionBy(manager), id, { decision: 'reject' }));
		expect(again.code).toBe('already_decided');
	});

	it('a signed-in applicant who is approved keeps their account and becomes a Mate', async () => {
		const member = await createPerson(t.app);
		await t.app.mates.apply(applicationForm(), requestInfo(), {
			userId: member.id,
			email: member.email,
			emailVerified: true
		});
		const [mine] = await t.app.mates.applicationsOf(member.id);
		await t.app.mates.decide(actionBy(manager), mine.id, { decision: 'approve' });
		const welcome = await t.mail.waitFor(member.email, { subject: /Welcome/ });
		expect(welcome.text).toContain('/sign-in');
		expect((await rolesOf(t.app.db, member.id)).roles).toEqual(['mate']);
	});

	it('waitlisting and declining send kind emails with a fresh status link, and a waitlisted one can still be approved', async () => {
		const waiting = await applyAndConfirm({ country: 'VN', languages: ['vi'] });
		const declined = await applyAndConfirm({ country: 'VN', languages: ['vi'] });
		const ids = (await t.app.mates.reviewQueue({ country: 'VN' })).rows;
		const idOf = (name: string) => ids.find((r) => r.nameLatin === name)!.id;
		await t.app.mates.decide(actionBy(manager), idOf(waiting.form.nameLatin as string), {
			decision: 'waitlist'
		});
		await t.app.mates.decide(actionBy(manager), idOf(declined.form.nameLatin as string), {
			decision: 'reject'
		});
		const w = await t.mail.waitFor(String(waiting.form.email), { subject: /waiting list/ });
		const r = await t.mail.waitFor(String(declined.form.email), { subject: /application/ });
		expect(r.text).toMatch(/apply again/);
		const link = statusTokenIn(w);
		expect((await t.app.mates.statusByToken(link))?.status).toBe('waitlisted');
		expect(
			await t.app.mates.decide(actionBy(manager), idOf(waiting.form.nameLatin as string), {
				decision: 'approve'
			})
		).toBe('approved');
	});

	it('an unconfirmed application cannot be decided', async () => {
		const form = applicationForm({ country: 'KE' });
		await t.app.mates.apply(form, requestInfo());
		const [row] = (await t.app.mates.reviewQueue({ country: 'KE', status: 'unconfirmed' })).rows;
		const err = await failure(t.app.mates.decide(actionBy(manager), row.id, { decision: 'approve' }));
		expect(err.code).toBe('already_decided');
		const bad = await failure(t.app.mates.decide(actionBy(manager), row.id, { decision: 'promote' }));
		expect(bad.code).toBe('validation_failed');
	});
});

describe('personal data', () => {
	it('an export includes the applications and profile; deleting the account erases the applications', async () => {
		const member = await createPerson(t.app);
		await t.app.mates.apply(applicationForm({ country: 'PE' }), requestInfo(), {
			userId: member.id,
			email: member.email,
			emailVerified: true
		});
		const [mine] = await t.app.mates.applicationsOf(member.id);
		await t.app.mates.decide(actionBy(manager), mine.id, { decision: 'approve' });
		const exported = (await t.app.privacy.exportData(member.id)) as Record<string, unknown>;
		const mates = exported.globalMates as {
			applications: { id: string }[];
			profile: { slug: string } | null;
		};
		expect(mates.applications.map((a) => a.id)).toEqual([mine.id]);
		expect(JSON.stringify(mates)).not.toContain('statusTokenHash');
		expect(mates.profile?.slug).toMatch(/^[a-z]/);

		await t.app.privacy.deleteAccount(actionBy(member), { password: member.password, confirm: 'on' });
		const left = await t.app.mates.reviewQueue({ status: 'all', country: 'PE' });
		expect(left.rows.map((r) => r.id)).not.toContain(mine.id);
	});
});

describe('importing a cohort from CSV', () => {
	const header = 'email,name_native,name_latin,country,city,languages,links';
	it('a dry run reports problems by line and field and changes nothing', async () => {
		const dup = uniqueEmail('csv');
		const csv = [
			header,
			`${dup},Ngozi Okafor,Ngozi Okafor,NG,Lagos,en;yo,https://ngozi.example.com`,
			`${dup},Ngozi Okafor,Ngozi Okafor,NG,Lagos,en`,
			`not-an-email,이름,이름,ZZ,Seoul,,ftp://x`
		].join('\n');
		const before = (await t.app.mates.reviewQueue({ status: 'all' })).total;
		const report = await t.app.mates.importCohort(actionBy(manager), 2027, csv, { dryRun: true });
		expect(report).toMatchObject({ rows: 3, ready: 1, imported: 0 });
		const problems = report.problems.map((p) => `${p.line}:${p.field}:${p.error.key}`);
		expect(problems).toEqual(
			expect.arrayContaining([
				'3:email:errors.field.csvDuplicate',
				'4:email:errors.field.email',
				'4:nameLatin:errors.field.latinName',
				'4:country:errors.field.country',
				'4:languages:errors.field.chooseLanguage',
				'4:links:errors.field.url'
			])
		);
		const real = await t.app.mates.importCohort(actionBy(manager), 2027, csv, { dryRun: false });
		expect(real.imported).toBe(0);
		expect((await t.app.mates.reviewQueue({ status: 'all' })).total).toBe(before);
	});

	it('imports a clean file as approved Mates with welcome emails; a second run skips them', async () => {
		const [a, b] = [uniqueEmail('csv-a'), uniqueEmail('csv-b')];
		const csv = `\ufeff${header}\n${a},山田 花子,Hanako Yamada,jp,Tokyo,ja en,https://hanako.example.jp https://instagram.com/hanako\n"${b}","Lê Văn An","Le Van An",VN,Hanoi,vi,\n`;
		const report = await t.app.mates.importCohort(actionBy(manager), 2027, csv, { dryRun: false });
		expect(report).toMatchObject({ rows: 2, ready: 2, imported: 2, skipped: 0, problems: [] });
		await t.mail.waitFor(a, { subject: /Welcome/ });
		await t.mail.waitFor(b, { subject: /Welcome/ });
		const again = await t.app.mates.importCohort(actionBy(manager), 2027, csv, { dryRun: false });
		expect(again).toMatchObject({ imported: 0, skipped: 2 });
		const approved = await t.app.mates.reviewQueue({ status: 'approved', country: 'JP' });
		expect(approved.rows.map((r) => r.nameNative)).toContain('山田 花子');
	});

	it('refuses files that are not a cohort CSV', async () => {
		const missing = await failure(
			t.app.mates.importCohort(actionBy(manager), 2027, 'email,name\nx@example.com,X', { dryRun: true })
		);
		expect(missing.fields?.file).toMatchObject({ key: 'errors.field.csvColumns' });
		const empty = await failure(t.app.mates.importCohort(actionBy(manager), 2027, header, { dryRun: true }));
		expect(empty.fields?.file?.key).toBe('errors.field.csvEmpty');
		const broken = await failure(
			t.app.mates.importCohort(actionBy(manager), 2027, `${header}\n"unterminated,x`, { dryRun: true })
		);
		expect(broken.fields?.file?.key).toBe('errors.field.csv');
		const cohort = await failure(t.app.mates.importCohort(actionBy(manager), 1999, header, { dryRun: true }));
		expect(cohort.fields?.cohort?.key).toBe('errors.field.invalid');
	});
});
