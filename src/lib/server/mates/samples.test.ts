import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson, requestInfo, type Person } from '../../../../tests/support/factories.ts';
import { failure } from '../../../../tests/support/expect-failure.ts';
import { phpAsJpeg, photoWithGps, pixelBombPng, svgWithScript } from '../../../../tests/support/images.ts';
import {
	applicationForm,
	openCohort2027,
	samplePdf,
	statusTokenIn
} from '../../../../tests/support/mates.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import { matesPolicy } from './policy.ts';

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

/** Every file stored for applications' samples, as paths under the storage folder. */
async function storedSampleFiles(): Promise<string[]> {
	const folder = join(t.app.env.storageDir, 'applications');
	const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Applies with sample files, opens the emailed link, and returns the application as reviewers see it. */
async function applyWith(files: { slot: number; name: string; bytes: Uint8Array }[], overrides = {}) {
	const form = applicationForm(overrides);
	await t.app.mates.apply(form, requestInfo(), null, files);
	const token = statusTokenIn(await t.mail.waitFor(String(form.email), { subject: /Confirm/ }));
	const status = (await t.app.mates.statusByToken(token))!;
	return { form, token, status, detail: await t.app.mates.reviewDetail(status.id) };
}

/** The viewer a signed-in person's requests carry, as the app resolves it from their session. */
async function viewerOf(person: Person) {
	const resolved = await t.app.accounts.viewerFrom((await person.request()).headers);
	if (!resolved) throw new Error(`${person.email} could not sign in`);
	return resolved.viewer;
}

const bytesOf = async (file: { stream: NodeJS.ReadableStream } | null) =>
	Buffer.concat((await (file!.stream as import('node:stream').Readable).toArray()) as Buffer[]);

describe('samples of work as files', () => {
	it('takes a photo in place of a link, stored without its GPS position, with a preview for reviewers', async () => {
		const photo = await photoWithGps(1200, 800);
		expect((await sharp(photo).metadata()).exif).toBeDefined();
		const { status, detail } = await applyWith(
			[{ slot: 2, name: 'C:\\photos\\Gwangjang.jpg', bytes: photo }],
			{
				sample2: ''
			}
		);
		expect(detail.samples).toEqual(['https://blog.example.com/me/gwangjang-market']);
		expect(detail.files).toEqual([
			expect.objectContaining({ slot: 2, kind: 'image', name: 'Gwangjang.jpg', width: 1200, height: 800 })
		]);
		expect(status.files.map((f) => f.id)).toEqual(detail.files.map((f) => f.id));

		const original = await t.app.mates.sampleForReview(detail.id, detail.files[0].id, 'original');
		expect(original).toMatchObject({ contentType: 'image/jpeg', kind: 'image' });
		const stored = await sharp(await bytesOf(original)).metadata();
		expect(stored.exif).toBeUndefined();
		expect(stored).toMatchObject({ format: 'jpeg', width: 1200, height: 800 });
		const thumb = await t.app.mates.sampleForReview(detail.id, detail.files[0].id, 'thumb');
		expect(await sharp(await bytesOf(thumb)).metadata()).toMatchObject({ format: 'webp', width: 320 });
	});

	it('keeps a PDF exactly as sent, to be downloaded', async () => {
		const pdf = samplePdf();
		const { detail } = await applyWith([{ slot: 1, name: 'portfolio.pdf', bytes: pdf }], { sample1: '' });
		expect(detail.files).toEqual([
			expect.objectContaining({ kind: 'pdf', name: 'portfolio.pdf', bytes: pdf.length })
		]);
		const file = await t.app.mates.sampleForReview(detail.id, detail.files[0].id, 'original');
		expect(file).toMatchObject({ contentType: 'application/pdf', size: pdf.length });
		expect((await bytesOf(file)).equals(pdf)).toBe(true);
		expect(await t.app.mates.sampleForReview(detail.id, detail.files[0].id, 'thumb')).toBeNull();
	});

	it('counts links and files together: two in all are needed, and a place holds a link or a file', async () => {
		const photo = await photoWithGps();
		const { detail } = await applyWith([{ slot: 3, name: 'market.jpg', bytes: photo }], { sample2: '' });
		expect(detail.samples).toHaveLength(1);
		expect(detail.files).toHaveLength(1);

		const one = await failure(t.app.mates.apply(applicationForm({ sample2: '' }), requestInfo(), null, []));
		expect(one.fields?.sample2?.key).toBe('errors.field.twoSamples');
		const both = await failure(
			t.app.mates.apply(applicationForm(), requestInfo(), null, [{ slot: 1, name: 'a.jpg', bytes: photo }])
		);
		expect(both.fields?.sample1?.key).toBe('errors.field.linkOrFile');
	});

	it('refuses files that are not a clean image or PDF, each on its own field, and stores nothing', async () => {
		const filesBefore = await storedSampleFiles();
		const queueBefore = (await t.app.mates.reviewQueue({ status: 'all' })).total;
		const photo = await photoWithGps();
		const pdf = samplePdf();
		const attempts: [Uint8Array, string][] = [
			[phpAsJpeg, 'errors.upload.notSample'],
			[new Uint8Array(), 'errors.upload.empty'],
			[pixelBombPng(), 'errors.upload.tooManyPixels'],
			[svgWithScript, 'errors.upload.notSample'],
			[photo.subarray(0, photo.length / 2), 'errors.upload.unreadable'],
			[pdf.subarray(0, pdf.length - 40), 'errors.upload.pdfTruncated']
		];
		for (const [bytes, key] of attempts) {
			const err = await failure(
				t.app.mates.apply(applicationForm({ sample1: '', motivation: 'Too short.' }), requestInfo(), null, [
					{ slot: 1, name: 'photo.jpg', bytes }
				])
			);
			expect(err.code).toBe('validation_failed');
			// Every problem at once: the file's and the answers'.
			expect(err.fields?.sample1File?.key, key).toBe(key);
			expect(err.fields?.motivation?.key).toBe('errors.field.motivationShort');
		}
		expect(await storedSampleFiles()).toEqual(filesBefore);
		expect((await t.app.mates.reviewQueue({ status: 'all' })).total).toBe(queueBefore);
	});

	it('removes the files again when the application cannot be stored', async () => {
		const before = await storedSampleFiles();
		// An account that does not exist cannot own the application: the insert fails after the files were written.
		await expect(
			t.app.mates.apply(
				applicationForm({ sample1: '' }),
				requestInfo(),
				{ userId: 'no-such-person', email: 'ghost@example.com', emailVerified: true },
				[{ slot: 1, name: 'p.pdf', bytes: samplePdf() }]
			)
		).rejects.toThrow(/insert into "application"/);
		expect(await storedSampleFiles()).toEqual(before);
	});
});

describe('who may see sample files', () => {
	it('reviewers and the applicant through their status link; nobody else', async () => {
		const mine = await applyWith([{ slot: 1, name: 'mine.pdf', bytes: samplePdf() }], { sample1: '' });
		const other = await applyWith([{ slot: 1, name: 'other.pdf', bytes: samplePdf('other') }], {
			sample1: ''
		});
		const sample = mine.detail.files[0].id;

		expect(await t.app.mates.sampleForApplicant(mine.token, sample, 'original')).toMatchObject({
			name: 'mine.pdf'
		});
		// Another applicant's link, a guessed link, or the sample under another application: not found.
		expect(await t.app.mates.sampleForApplicant(other.token, sample, 'original')).toBeNull();
		expect(await t.app.mates.sampleForApplicant('guessed-token', sample, 'original')).toBeNull();
		expect(await t.app.mates.sampleForReview(other.detail.id, sample, 'original')).toBeNull();
		expect(await t.app.mates.sampleForReview(mine.detail.id, sample, '../../etc/passwd')).toBeNull();
		expect(await t.app.mates.sampleForReview(mine.detail.id, sample, 'original')).not.toBeNull();

		// The review route asks the policy: only the programme team (signed in with two steps) passes.
		const reviewer = await createPerson(t.app, { roles: ['programme-manager'] });
		const contentReviewer = await createPerson(t.app, { roles: ['content-reviewer'] });
		const applicant = await createPerson(t.app, { roles: ['applicant'] });
		expect(matesPolicy.canReviewApplications(null)).toBe(false);
		expect(matesPolicy.canReviewApplications(await viewerOf(applicant))).toBe(false);
		expect(matesPolicy.canReviewApplications(await viewerOf(contentReviewer))).toBe(false);
		expect(matesPolicy.canReviewApplications(await viewerOf(reviewer))).toBe(true);
	});
});

describe('personal data', () => {
	it('exports what files were sent, and deleting the account removes them from storage', async () => {
		const member = await createPerson(t.app);
		await t.app.mates.apply(
			applicationForm({ sample1: '', sample2: '' }),
			requestInfo(),
			{ userId: member.id, email: member.email, emailVerified: true },
			[
				{ slot: 1, name: 'one.jpg', bytes: await photoWithGps() },
				{ slot: 2, name: 'two.pdf', bytes: samplePdf() }
			]
		);
		const [applied] = await t.app.mates.applicationsOf(member.id);
		const folder = join(t.app.env.storageDir, 'applications', applied.id);
		expect((await storedSampleFiles()).filter((f) => f.startsWith(folder))).toHaveLength(3);
		const exported = (await t.app.privacy.exportData(member.id)) as unknown as {
			globalMates: { applications: { sampleFiles: { name: string }[] }[] };
		};
		expect(exported.globalMates.applications[0].sampleFiles.map((f) => f.name)).toEqual([
			'one.jpg',
			'two.pdf'
		]);

		await t.app.privacy.deleteAccount(actionBy(member), { password: member.password, confirm: 'on' });
		expect((await storedSampleFiles()).filter((f) => f.startsWith(folder))).toEqual([]);
		await expect(t.app.mates.reviewDetail(applied.id)).rejects.toMatchObject({ code: 'not_found' });
	});
});
