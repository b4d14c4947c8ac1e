import { randomBytes } from 'node:crypto';
import type { App } from '../../src/lib/server/app.ts';
import { actionBy, uniqueEmail, type Person } from './factories.ts';
import { linkIn, type CapturedMail } from './smtp-capture.ts';

const firstNames = ['Amara', 'Lucas', 'Sofia', 'Kenji', 'Priya', 'Mateo', 'Elif', 'Nadia', 'Tomás', 'Anh'];

/**
 * A complete application form as a browser would post it, with a unique address and Latin name;
 * override any field to make it wrong.
 */
export function applicationForm(
	overrides: Record<string, string | string[]> = {}
): Record<string, string | string[]> {
	const first = firstNames[randomBytes(1)[0] % firstNames.length];
	const suffix = randomBytes(3).toString('hex');
	return {
		email: uniqueEmail('applicant'),
		nameNative: `${first} Test`,
		nameLatin: `${first} Test ${suffix.replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`,
		country: 'FR',
		city: 'Lyon',
		languages: ['fr', 'en'],
		links: 'https://blog.example.com/me\nhttps://www.instagram.com/example_me',
		motivation:
			'I have lived in Seoul for three years and write every week about its neighbourhoods, markets and festivals for readers back home.',
		sample1: 'https://blog.example.com/me/gwangjang-market',
		sample2: 'https://blog.example.com/me/hangang-night',
		sample3: '',
		acceptPrivacy: 'on',
		...overrides
	};
}

/** The secret token at the end of the status link in an application email. */
export function statusTokenIn(message: CapturedMail): string {
	return linkIn(message, '/apply/status/').pathname.split('/').pop() ?? '';
}

/** A small but complete PDF (one empty page), as a word processor would export a sample of work. */
export function samplePdf(text = 'Sample of my work'): Buffer {
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>`,
		`<< /Length ${text.length + 22} >>\nstream\nBT /F1 12 Tf (${text}) Tj ET\nendstream`
	];
	let body = '%PDF-1.7\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(body, 'latin1');
}

/** Opens the 2026 cohort (term May 2026 to April 2027), for tests that import Mates into it. */
export async function openCohort2026(app: App, manager: Person) {
	await app.mates.openCohort(actionBy(manager), {
		year: '2026',
		termStart: '2026-05-01',
		termEnd: '2027-04-30',
		sizeTarget: '100',
		applicationsOpen: '2026-02-01T09:00',
		applicationsClose: '2026-03-01T09:00',
		languages: 'en'
	});
}

/** Opens the 2027 cohort, taking applications through February and mid-March 2027 (set the clock inside). */
export async function openCohort2027(app: App, manager: Person) {
	await app.mates.openCohort(actionBy(manager), {
		year: '2027',
		termStart: '2027-05-01',
		termEnd: '2028-04-30',
		sizeTarget: '100',
		applicationsOpen: '2027-02-01T09:00',
		applicationsClose: '2027-03-15T18:00',
		languages: 'en, ja, es'
	});
}

/**
 * A Mate admitted to a cohort the way the city does it (a one-row CSV import, approved through the
 * review path), with their credential issued by the queued job; returns who they are.
 */
export async function admitMate(
	app: App,
	manager: Person,
	year: number,
	name = 'Ana Souza',
	opts: { native?: string; country?: string } = {}
) {
	const email = uniqueEmail('mate');
	const suffix = randomBytes(2)
		.toString('hex')
		.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
	const latin = `${name} ${suffix}`;
	await app.mates.importCohort(
		actionBy(manager),
		year,
		`email,name_native,name_latin,country,city,languages,links\n${email},${opts.native ?? latin},${latin},${opts.country ?? 'BR'},São Paulo,pt;en,`,
		{ dryRun: false }
	);
	await app.jobs.drain('credentials.issue');
	const mate = (await app.mates.directory({})).find((m) => m.displayName === latin);
	if (!mate) throw new Error(`The import did not admit ${email}`);
	return { userId: mate.userId, email, name: latin, slug: mate.slug };
}
