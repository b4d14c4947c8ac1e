import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson, type Person } from '../../../../tests/support/factories.ts';
import { admitMate, openCohort2027 } from '../../../../tests/support/mates.ts';
import { createTestApp, testOrigin, type TestApp } from '../../../../tests/support/test-app.ts';
import { listAudit } from '../audit/service.ts';
import { fixedClock } from '../core/clock.ts';
import { renderCertificate } from './certificate.ts';
import { CertificateFontsMissing, createFontBook } from './fonts.ts';

// During the 2027 cohort's term (1 May 2027 – 30 April 2028).
const clock = fixedClock(new Date('2027-06-01T03:00:00Z'));
let t: TestApp;
let manager: Person;
let admin: Person;
let mate: Awaited<ReturnType<typeof admitMate>>;
let credentialId: string;

beforeAll(async () => {
	t = await createTestApp({ clock });
	manager = await createPerson(t.app, { roles: ['programme-manager'] });
	admin = await createPerson(t.app, { roles: ['admin'] });
	await openCohort2027(t.app, manager);
	mate = await admitMate(t.app, manager, 2027, 'Minji Kim', { native: '김민지', country: 'KR' });
	[{ id: credentialId }] = await t.app.credentials.credentialsOf(mate.userId);
});
afterAll(async () => {
	await t?.close();
});

const pdfText = async (pdf: Buffer) =>
	(await extractText(new Uint8Array(pdf), { mergePages: true })).text.replace(/\s+/g, ' ');

/** The first page rendered by Poppler (as a reader would see it) and any QR code on it, decoded. */
async function qrOnFirstPage(pdf: Buffer): Promise<string | null> {
	const dir = await mkdtemp(join(tmpdir(), 'certificate-'));
	try {
		await writeFile(join(dir, 'c.pdf'), pdf);
		execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', join(dir, 'c.pdf'), join(dir, 'page')]);
		const { data, info } = await sharp(await readFile(join(dir, 'page.png')))
			.ensureAlpha()
			.raw()
			.toBuffer({ resolveWithObject: true });
		return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
const poppler = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some((p) => existsSync(p));

describe('the PDF certificate', () => {
	it('is a PDF with the name in Latin letters and in Hangul, the number, the cohort, the issuer and the verify address', async () => {
		const { pdf, number } = await t.app.credentials.certificateFor(mate.userId, credentialId);
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(number).toBe('GM-2027-0001');
		const text = await pdfText(pdf);
		expect(text).toContain(mate.name);
		expect(text).toContain('김민지');
		expect(text).toContain('GM-2027-0001');
		expect(text).toContain(`${testOrigin}/verify/${credentialId}`);
		expect(text).toContain('Global Mate Certificate');
		expect(text).toContain('글로벌 메이트 인증서');
		expect(text).toContain('2027 cohort');
		expect(text).toContain('Seoul Metropolitan Government');
		expect(text).toContain('1 May 2027');
		// The fonts are embedded (no reader has to have them), as subsets.
		expect(pdf.toString('latin1')).toMatch(/\/FontFile[23]?/);
	});

	it.runIf(poppler)('carries a QR code that a reader decodes to the verification page', async () => {
		const { pdf } = await t.app.credentials.certificateFor(mate.userId, credentialId);
		expect(await qrOnFirstPage(pdf)).toBe(`${testOrigin}/verify/${credentialId}`);
	});

	it('is only for the holder', async () => {
		await expect(t.app.credentials.certificateFor(admin.id, credentialId)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('numbers certificates in order within a cohort', async () => {
		const second = await admitMate(t.app, manager, 2027, 'Joon Park');
		const [{ id }] = await t.app.credentials.credentialsOf(second.userId);
		expect((await t.app.credentials.downloadFor(second.userId, id)).number).toBe('GM-2027-0002');
	});

	it('shows the signature image and signatory an administrator sets (audited), and refuses a file that is not an image', async () => {
		const before = await t.app.credentials.certificateFor(mate.userId, credentialId);
		expect(before.pdf.toString('latin1')).not.toContain('/Subtype /Image');
		const signature = await sharp({
			create: { width: 400, height: 120, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } }
		})
			.composite([
				{
					input: Buffer.from(
						'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><path d="M10 90 C80 10 120 110 200 40 S320 100 390 30" stroke="#123" stroke-width="6" fill="none"/></svg>'
					)
				}
			])
			.png()
			.toBuffer();
		await expect(
			t.app.credentials.saveCertificateSettings(
				actionBy(admin),
				{ signatoryName: 'Hong Gildong', signatoryTitle: 'Mayor' },
				new TextEncoder().encode('not an image at all')
			)
		).rejects.toMatchObject({ code: 'validation_failed', fields: { signature: expect.anything() } });
		await t.app.credentials.saveCertificateSettings(
			actionBy(admin),
			{ signatoryName: 'Hong Gildong', signatoryTitle: 'Mayor of Seoul' },
			signature
		);
		expect(await t.app.credentials.certificateSettings()).toEqual({
			signatoryName: 'Hong Gildong',
			signatoryTitle: 'Mayor of Seoul',
			hasSignature: true
		});
		const after = await t.app.credentials.certificateFor(mate.userId, credentialId);
		expect(after.pdf.toString('latin1')).toContain('/Subtype /Image');
		expect(await pdfText(after.pdf)).toContain('Hong Gildong');
		const audit = await listAudit(t.app.db, { action: 'credentials.certificate_settings' });
		expect(audit.events[0]).toMatchObject({ actorId: admin.id, details: { signature: 'replaced' } });

		await t.app.credentials.saveCertificateSettings(
			actionBy(admin),
			{ signatoryName: '', signatoryTitle: '', removeSignature: 'on' },
			null
		);
		expect(await t.app.credentials.signatureImage()).toBeNull();
	});
});

describe('fonts for names in their own script', () => {
	const fonts = createFontBook();
	const facts = {
		number: 'GM-2027-0042',
		nameLatin: 'Test Person',
		country: null,
		year: 2027,
		termStart: '2027-05-01',
		termEnd: '2028-04-30',
		issuedAt: new Date('2027-05-02T00:00:00Z'),
		issuerName: 'Seoul Metropolitan Government — Global Mates',
		cityEn: 'Seoul',
		cityKo: '서울',
		verifyUrl: `${testOrigin}/verify/x`,
		signature: null
	};

	it('picks a face that covers Japanese, Chinese, Cyrillic and Korean names', () => {
		for (const name of ['田中 由紀', '王小明', 'Иван Петров', '김민지', 'Nguyễn Thu Hà'])
			expect(fonts.forName(name, null), name).not.toBeNull();
		expect(fonts.forName('たなか', null)!.postscriptName).toMatch(/jp/i);
		expect(fonts.forName('王小明', 'CN')!.postscriptName).toMatch(/sc/i);
	});

	it.runIf(existsSync('/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf'))(
		'sets Arabic and Devanagari names with their Noto fonts (fonts-noto-core)',
		async () => {
			expect(fonts.forName('محمد العلي', 'AE')!.path).toMatch(/Arabic/);
			expect(fonts.forName('प्रिया शर्मा', 'IN')!.path).toMatch(/Devanagari/);
			const pdf = await renderCertificate({ ...facts, nameNative: 'محمد العلي' }, fonts);
			expect(pdf.toString('latin1')).toMatch(/Arabic/);
		}
	);

	it('falls back to the Latin name alone when no installed font covers the script', async () => {
		// Ol Chiki: no face in the installed Noto packages covers it.
		const name = 'ᱥᱟᱱᱛᱟᱲᱤ';
		expect(fonts.forName(name, 'IN')).toBeNull();
		const text = await pdfText(await renderCertificate({ ...facts, nameNative: name }, fonts));
		expect(text).toContain('Test Person');
	});

	it('fails with a message naming the font package when no CJK font is installed', async () => {
		const none = createFontBook(['/nonexistent/fonts']);
		await expect(renderCertificate({ ...facts, nameNative: null }, none)).rejects.toThrow(
			CertificateFontsMissing
		);
		await expect(renderCertificate({ ...facts, nameNative: null }, none)).rejects.toThrow(/fonts-noto-cjk/);
	});
});
