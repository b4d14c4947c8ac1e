import { randomBytes, randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { App } from '../../src/lib/server/app.ts';
import {
	isStaffRole,
	type MemberRole,
	type Role,
	type StaffRole
} from '../../src/lib/server/accounts/roles.ts';
import { user } from '../../src/lib/server/accounts/schema.ts';
import type { ActionContext } from '../../src/lib/server/audit/service.ts';
import type { RequestInfo } from '../../src/lib/server/core/request.ts';
import { createVerifiedUser, ensureDepartment } from '../../src/lib/server/staff/service.ts';
import { totpFor } from './totp.ts';

export { totpFor, wrongTotp } from './totp.ts';

/**
 * Test data built through the real services (better-auth, the staff service), the same way a person
 * or an administrator would create it, so a factory never produces a state the app could not reach.
 */

export interface Person {
	id: string;
	email: string;
	name: string;
	password: string;
	roles: Role[];
	/** Base32 TOTP secret when two-step sign-in is on. */
	totpSecret?: string;
	/** The current 6-digit code for this person's authenticator. */
	totp(): string;
	/** Signs in (with the TOTP step when on) and returns a Cookie header for the new session. */
	cookieHeader(): Promise<string>;
	/** Request info carrying a fresh session of this person. */
	request(): Promise<RequestInfo>;
}

export interface PersonOptions {
	roles?: Role[];
	/** Defaults to true when a staff role is given (staff cannot use the console without it). */
	twoFactor?: boolean;
	/** Defaults to true; false signs up through the sign-up service and leaves the email unconfirmed. */
	verified?: boolean;
	password?: string;
	name?: string;
	email?: string;
	locale?: string;
	departmentId?: string;
}

let sequence = 0;

/** A unique address on a reserved domain; mail to it only ever reaches the local SMTP capture. */
export function uniqueEmail(label = 'person'): string {
	sequence += 1;
	return `${label}-${sequence}-${randomBytes(3).toString('hex')}@example.com`;
}

/** A private address per call so one test's rate-limit budget never leaks into another's. */
export function randomIp(): string {
	return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** What a service sees of a request; pass the Cookie header of a session to act as that person. */
export function requestInfo(
	opts: { cookie?: string; ip?: string; locale?: string; userAgent?: string } = {}
): RequestInfo {
	const headers = new Headers();
	if (opts.cookie) headers.set('cookie', opts.cookie);
	if (opts.userAgent) headers.set('user-agent', opts.userAgent);
	return {
		headers,
		ipAddress: opts.ip ?? randomIp(),
		userAgent: opts.userAgent ?? null,
		locale: opts.locale ?? 'en'
	};
}

/** The audit context of an action done by `person`. */
export function actionBy(person: Pick<Person, 'id' | 'email'>): ActionContext & { actorId: string } {
	return { actorId: person.id, actorEmail: person.email, ipAddress: '127.0.0.1', userAgent: 'vitest' };
}

/** A cookie jar in one function: applies Set-Cookie headers to a Cookie header, dropping cleared ones. */
export function mergeCookies(cookie: string, setCookies: string[]): string {
	const jar = new Map<string, string>();
	for (const pair of cookie
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean)) {
		const eq = pair.indexOf('=');
		jar.set(pair.slice(0, eq), pair.slice(eq + 1));
	}
	for (const header of setCookies) {
		const [pair, ...attrs] = header.split(';').map((s) => s.trim());
		const eq = pair.indexOf('=');
		const name = pair.slice(0, eq);
		const value = pair.slice(eq + 1);
		const cleared = value === '' || attrs.some((a) => /^max-age=0$/i.test(a) || /^max-age=-/i.test(a));
		if (cleared) jar.delete(name);
		else jar.set(name, value);
	}
	return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** A person created the way the app creates people, with roles granted through the staff service. */
export async function createPerson(app: App, opts: PersonOptions = {}): Promise<Person> {
	const roles = opts.roles ?? [];
	const password = opts.password ?? `pw-${randomBytes(9).toString('base64url')}`;
	const email = (opts.email ?? uniqueEmail(roles[0] ?? 'person')).toLowerCase();
	const name = opts.name ?? `Test ${roles[0] ?? 'person'} ${sequence}`;
	const verified = opts.verified ?? true;
	const staffRoles = roles.filter(isStaffRole) as StaffRole[];
	const twoFactor = opts.twoFactor ?? staffRoles.length > 0;
	if (twoFactor && !verified) throw new Error('createPerson: two-step sign-in needs a verified email');

	let id: string;
	if (verified) {
		id = (await createVerifiedUser(app.auth, { email, name, password, locale: opts.locale })).id;
	} else {
		await app.accounts.signUp(
			{ name, email, password, confirmPassword: password, acceptPrivacy: 'on' },
			requestInfo({ locale: opts.locale })
		);
		const [row] = await app.db.select({ id: user.id }).from(user).where(eq(user.email, email));
		id = row.id;
	}

	for (const role of roles.filter((r): r is MemberRole => !isStaffRole(r)))
		await app.staff.grantMemberRole(app.db, id, role, null);
	if (staffRoles.length > 0) {
		const departmentId =
			opts.departmentId ??
			(staffRoles.includes('department-responder') ? await createDepartment(app) : undefined);
		await app.staff.setRoles(
			{ actorId: null, actorEmail: 'factory@tests' },
			{ userId: id, roles: staffRoles, departmentId }
		);
	}

	const totpSecret = twoFactor ? await enableTotp(app, email, password) : undefined;
	const person: Person = {
		id,
		email,
		name,
		password,
		roles,
		totpSecret,
		totp: () => {
			if (!totpSecret) throw new Error(`${email} has no two-step sign-in`);
			return totpFor(totpSecret);
		},
		async cookieHeader() {
			const first = await app.accounts.signIn({ email, password }, requestInfo());
			let cookie = mergeCookies('', first.setCookies);
			if (first.next === 'two-factor') {
				const second = await app.accounts.verifyTwoFactor({ code: person.totp() }, requestInfo({ cookie }));
				cookie = mergeCookies(cookie, second.setCookies);
			}
			return cookie;
		},
		async request() {
			return requestInfo({ cookie: await person.cookieHeader() });
		}
	};
	return person;
}

/**
 * Turns TOTP on through better-auth's endpoints as a person would (sign in, enable with the password,
 * confirm a code), like the demo seed does, and returns the base32 secret.
 */
export async function enableTotp(app: App, email: string, password: string): Promise<string> {
	const signIn = await app.auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
	const headers = new Headers({ cookie: mergeCookies('', signIn.headers.getSetCookie()) });
	const enabled = await app.auth.api.enableTwoFactor({ body: { password }, headers });
	if (!('totpURI' in enabled)) throw new Error(`TOTP setup for ${email} returned no TOTP URI`);
	const { totpURI } = enabled;
	const secret = new URL(totpURI).searchParams.get('secret');
	if (!secret) throw new Error(`No secret in the TOTP URI ${totpURI}`);
	const verified = await app.auth.api.verifyTOTP({
		body: { code: totpFor(secret) },
		headers,
		returnHeaders: true
	});
	const session = new Headers({
		cookie: mergeCookies(headers.get('cookie') ?? '', verified.headers.getSetCookie())
	});
	await app.auth.api.signOut({ headers: session });
	return secret;
}

/** A department with a unique slug, made through the staff service. */
export async function createDepartment(
	app: App,
	opts: { slug?: string; nameEn?: string; nameKo?: string } = {}
): Promise<string> {
	const slug = opts.slug ?? `dept-${randomBytes(4).toString('hex')}`;
	return ensureDepartment(app.db, {
		slug,
		nameEn: opts.nameEn ?? `Department ${slug}`,
		nameKo: opts.nameKo ?? `부서 ${slug}`
	});
}
