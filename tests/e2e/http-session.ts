import * as OTPAuth from 'otpauth';
import { inject } from 'vitest';

/** The base URL of the server the e2e global setup started. */
export const baseUrl = (): string => inject('baseUrl');

export interface DemoAccount {
	role: string;
	email: string;
	totpSecret: string | null;
}

/** Reads the demo accounts from the sign-in page, exactly as a person trying the demo would. */
export async function demoAccounts(): Promise<{ password: string; accounts: DemoAccount[] }> {
	const html = await (await fetch(baseUrl() + '/sign-in')).text();
	const password = html.match(/<strong>[^<]*:<\/strong> <code>([^<]+)<\/code>/)?.[1];
	if (!password) throw new Error('The sign-in page shows no demo password');
	const accounts = [...html.matchAll(/<tr data-role="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => {
		const codes = [...m[2].matchAll(/<code[^>]*>([^<]+)<\/code>/g)].map((c) => c[1]);
		return { role: m[1], email: codes[0], totpSecret: codes[1] ?? null };
	});
	return { password, accounts };
}

/** The current authenticator code for a base32 TOTP secret. */
export function totp(secret: string): string {
	return new OTPAuth.TOTP({
		secret: OTPAuth.Secret.fromBase32(secret),
		digits: 6,
		period: 30,
		algorithm: 'SHA1'
	}).generate();
}

/** Signs in over plain HTTP form posts (with TOTP for staff) and returns the session cookie header. */
export async function signInOverHttp(
	demo: { password: string; accounts: DemoAccount[] },
	role: string
): Promise<string> {
	const account = demo.accounts.find((a) => a.role === role);
	if (!account) throw new Error(`No demo account with role ${role}`);
	const jar = new Map<string, string>();
	const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
	const post = async (path: string, body: Record<string, string>) => {
		const res = await fetch(baseUrl() + path, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: baseUrl(), cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(body)
		});
		for (const c of res.headers.getSetCookie()) {
			const pair = c.split(';')[0];
			const at = pair.indexOf('=');
			if (/max-age=0/i.test(c) || pair.slice(at + 1) === '') jar.delete(pair.slice(0, at));
			else jar.set(pair.slice(0, at), pair.slice(at + 1));
		}
		await res.arrayBuffer();
		return res;
	};
	await post('/sign-in', { email: account.email, password: demo.password });
	if (account.totpSecret) await post('/sign-in/two-factor', { code: totp(account.totpSecret) });
	if (![...jar.keys()].some((k) => k.endsWith('session_token')))
		throw new Error(`Could not sign in as ${role}`);
	return cookie();
}
