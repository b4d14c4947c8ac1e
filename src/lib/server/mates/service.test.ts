import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson, type Person } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import { listAudit } from '../audit/service.ts';
import { cohortPhase } from './service.ts';

const clock = fixedClock(new Date('2026-03-01T00:00:00Z'));
let t: TestApp;
let manager: Person;
beforeAll(async () => {
	t = await createTestApp({ clock });
	manager = await createPerson(t.app, { roles: ['programme-manager'] });
});
afterAll(async () => {
	await t?.close();
});

const cohort2027 = {
	year: '2027',
	termStart: '2027-05-01',
	termEnd: '2028-04-30',
	sizeTarget: '110',
	applicationsOpen: '2027-02-01T09:00',
	applicationsClose: '2027-03-15T18:00',
	languages: 'en, ja, ES, vi, en, zh-hant'
};

describe('opening a cohort', () => {
	it('stores the term, window (Seoul time), target and languages, and audit-logs it', async () => {
		await t.app.mates.openCohort(actionBy(manager), cohort2027);
		const [c] = (await t.app.mates.listCohorts()).filter((x) => x.year === 2027);
		expect(c).toMatchObject({
			termStart: '2027-05-01',
			termEnd: '2028-04-30',
			sizeTarget: 110,
			languages: ['en', 'ja', 'es', 'vi', 'zh-hant'],
			phase: 'upcoming'
		});
		expect(c.applicationsOpen.toISOString()).toBe('2027-02-01T00:00:00.000Z');
		expect(c.applicationsClose.toISOString()).toBe('2027-03-15T09:00:00.000Z');
		const { events } = await listAudit(t.app.db, { action: 'cohort.open' });
		expect(events.map((e) => e.targetId)).toContain('2027');
	});

	it('refuses a second cohort for the same year', async () => {
		const err = await failure(t.app.mates.openCohort(actionBy(manager), cohort2027));
		expect(err.code).toBe('conflict');
		expect(err.fields?.year?.key).toBe('errors.field.cohortYearTaken');
	});

	it('reports impossible dates and bad language codes by field and stores nothing', async () => {
		const before = (await t.app.mates.listCohorts()).length;
		const err = await failure(
			t.app.mates.openCohort(actionBy(manager), {
				...cohort2027,
				year: '2030',
				termEnd: '2030-01-01',
				termStart: '2030-05-01',
				applicationsOpen: '2030-06-01T09:00',
				applicationsClose: '2030-07-01T09:00',
				languages: 'english!'
			})
		);
		expect(err.code).toBe('validation_failed');
		expect(err.fields?.languages?.key).toBe('errors.field.languageCode');
		const dates = await failure(
			t.app.mates.openCohort(actionBy(manager), {
				...cohort2027,
				year: '2031',
				termStart: '2031-05-01',
				termEnd: '2031-01-01'
			})
		);
		expect(dates.fields?.termEnd?.key).toBe('errors.field.termEndBeforeStart');
		const window = await failure(
			t.app.mates.openCohort(actionBy(manager), {
				...cohort2027,
				year: '2032',
				termStart: '2032-05-01',
				termEnd: '2033-04-30',
				applicationsOpen: '2032-04-01T09:00',
				applicationsClose: '2032-05-20T09:00'
			})
		);
		expect(window.fields?.applicationsClose?.key).toBe('errors.field.windowAfterTerm');
		expect((await t.app.mates.listCohorts()).length).toBe(before);
	});
});

describe('cohort phase', () => {
	const c = {
		applicationsOpen: new Date('2027-02-01T00:00:00Z'),
		applicationsClose: new Date('2027-03-15T09:00:00Z'),
		termStart: '2027-05-01',
		termEnd: '2028-04-30'
	};
	it('follows the calendar from announcement to alumni', () => {
		expect(cohortPhase(c, new Date('2027-01-31T00:00:00Z'))).toBe('upcoming');
		expect(cohortPhase(c, new Date('2027-02-10T00:00:00Z'))).toBe('accepting');
		expect(cohortPhase(c, new Date('2027-04-01T00:00:00Z'))).toBe('reviewing');
		expect(cohortPhase(c, new Date('2027-12-01T00:00:00Z'))).toBe('inTerm');
		expect(cohortPhase(c, new Date('2028-05-01T00:00:00Z'))).toBe('ended');
	});
});
