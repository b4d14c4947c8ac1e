import { describe, expect, it, beforeAll } from 'vitest';
import { discoverRoutes, people, policyTable, type Outcome, type Person } from './access-policy.ts';
import { baseUrl, demoAccounts, signInOverHttp } from './http-session.ts';

/**
 * The authorization matrix: every route × every kind of person gets exactly the answer the policy
 * says, and anonymous visitors are sent to sign in rather than shown an error.
 */
describe('authorization matrix', () => {
	const cookies = new Map<Person, string>();

	beforeAll(async () => {
		const accounts = await demoAccounts();
		for (const person of people) {
			if (person === 'anonymous') cookies.set(person, '');
			else cookies.set(person, await signInOverHttp(accounts, person));
		}
	}, 120_000);

	it('has a policy entry for every route in src/routes, and no stale entries', () => {
		expect(discoverRoutes()).toEqual(Object.keys(policyTable).sort());
	});

	for (const [route, entry] of Object.entries(policyTable)) {
		it(`${route} answers each person as the policy says`, async () => {
			const actual: Record<string, Outcome | number> = {};
			const expected: Record<string, Outcome> = {};
			for (const person of people) {
				expected[person] = entry.expect(person);
				actual[person] = await outcome(entry.path, cookies.get(person)!);
			}
			expect(actual).toEqual(expected);
		});
	}
});

async function outcome(path: string, cookie: string): Promise<Outcome | number> {
	const res = await fetch(baseUrl() + path, { redirect: 'manual', headers: cookie ? { cookie } : {} });
	await res.arrayBuffer();
	if (res.status >= 300 && res.status < 400) {
		const location = new URL(res.headers.get('location') ?? '/', baseUrl());
		return location.pathname === '/sign-in' ? 'sign-in' : 'elsewhere';
	}
	return res.status;
}
