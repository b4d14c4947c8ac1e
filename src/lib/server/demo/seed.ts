import { eq } from 'drizzle-orm';
import { base32 } from '@better-auth/utils/base32';
import { createOTP } from '@better-auth/utils/otp';
import type { App } from '../app.ts';
import { user } from '../accounts/schema.ts';
import { isStaffRole, type Role } from '../accounts/roles.ts';
import { roleGrant } from '../staff/schema.ts';
import { createVerifiedUser, ensureDepartment } from '../staff/service.ts';
import { getSetting, putSetting } from '../settings/service.ts';
import { demoCohort, demoDepartments, demoPassword, demoPeople } from './people.ts';
import { seedDemoApplications } from './applications.ts';
import { seedDemoStories } from './seed-stories.ts';
import { seedDemoForum } from './forum.ts';
import { issueQueue } from '../credentials/service.ts';

/**
 * Loads the labelled demo data on the first start in demo mode: departments, a few Mates from several
 * countries and one staff account per role (with TOTP already set up). The sign-in details are printed
 * once, here, and shown on the sign-in page while demo mode is on.
 */
export async function ensureDemoData(app: App): Promise<{ created: boolean }> {
	const existing = await getSetting(app.db, 'demo.credentials');
	if (existing) return { created: false };
	const depts = new Map<string, string>();
	for (const d of demoDepartments) depts.set(d.slug, await ensureDepartment(app.db, d));
	const accounts: { email: string; role: string; totpSecret: string | null }[] = [];
	let applicantId: string | undefined;
	for (const person of demoPeople) {
		const [found] = await app.db.select({ id: user.id }).from(user).where(eq(user.email, person.email));
		const id = found?.id ?? (await createVerifiedUser(app.auth, { ...person, password: demoPassword })).id;
		const role = person.role as Role;
		if (role === 'applicant') applicantId = id;
		await app.db
			.insert(roleGrant)
			.values({ userId: id, role, departmentId: person.department ? depts.get(person.department) : null })
			.onConflictDoNothing();
		let totpSecret: string | null = null;
		if (isStaffRole(role)) totpSecret = await enableDemoTotp(app, person.email);
		accounts.push({ email: person.email, role, totpSecret });
	}
	const cohorts = await app.mates.listCohorts();
	if (!cohorts.some((c) => String(c.year) === demoCohort.year))
		await app.mates.openCohort({ actorId: null, actorEmail: null }, demoCohort);
	await seedDemoApplications(app, applicantId);
	await seedDemoStories(
		app,
		Number(demoCohort.year),
		demoPeople.find((p) => p.role === 'content-reviewer')!.email
	);
	await seedDemoForum(app);
	// Every demo Mate (those above and the story writers) holds their signed credential from the start.
	await app.jobs.drain(issueQueue);
	await putSetting(app.db, 'demo.credentials', { password: demoPassword, accounts }, null);
	printCredentials(accounts);
	return { created: true };
}

/**
 * Turns TOTP on through better-auth's own endpoints (sign in, enable, verify a code), exactly as a
 * person would, and returns the base32 secret to print for an authenticator app.
 */
async function enableDemoTotp(app: App, email: string): Promise<string> {
	const signIn = await app.auth.api.signInEmail({
		body: { email, password: demoPassword },
		returnHeaders: true
	});
	const headers = new Headers({ cookie: cookieHeader(signIn.headers) });
	const enabled = await app.auth.api.enableTwoFactor({
		body: { password: demoPassword, method: 'totp' },
		headers
	});
	if (enabled.method !== 'totp') throw new Error('TOTP setup did not return a secret');
	const { totpURI } = enabled;
	const secret = new URL(totpURI).searchParams.get('secret')!;
	await app.auth.api.verifyTOTP({ body: { code: await totpCode(secret) }, headers });
	await app.auth.api.signOut({ headers }).catch(() => undefined);
	return secret;
}

/** The current 6-digit code for a base32 secret (RFC 6238, SHA-1, 30 s), as authenticator apps compute it. */
export function totpCode(base32Secret: string): Promise<string> {
	return createOTP(base32.decode(base32Secret), { digits: 6, period: 30 }).totp();
}

function cookieHeader(headers: Headers): string {
	return headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
}

function printCredentials(accounts: { email: string; role: string; totpSecret: string | null }[]) {
	const lines = [
		'',
		'  DEMO DATA loaded (demo mode). Sign in at /sign-in with any of these accounts:',
		`  password for every demo account: ${demoPassword}`,
		...accounts.map(
			(a) =>
				`  ${a.role.padEnd(22)} ${a.email.padEnd(34)} ${a.totpSecret ? `TOTP secret ${a.totpSecret}` : ''}`
		),
		'  Staff accounts need a 6-digit code: add the TOTP secret to an authenticator app.',
		'  These details are also shown on the sign-in page while APP_MODE=demo.',
		''
	];
	console.log(lines.join('\n'));
}
