import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, demoAccounts, signInOverHttp } from './http-session.ts';

/**
 * The JSON API as an outside integration uses it: the OpenAPI document, a token made in the console,
 * /api/v1/me with that token, JSON errors, and revocation taking effect at once.
 */
describe('JSON API', () => {
	let cookie = '';
	beforeAll(async () => {
		cookie = await signInOverHttp(await demoAccounts(), 'analyst');
	}, 60_000);

	const form = (path: string, body: Record<string, string | string[]>) => {
		const params = new URLSearchParams();
		for (const [k, v] of Object.entries(body)) for (const one of [v].flat()) params.append(k, one);
		return fetch(baseUrl() + path, {
			method: 'POST',
			headers: {
				cookie,
				origin: baseUrl(),
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: params
		});
	};

	it('publishes an OpenAPI 3.1 document that describes /api/v1/me with its schema', async () => {
		const res = await fetch(`${baseUrl()}/api/openapi.json`);
		expect(res.status).toBe(200);
		const doc = await res.json();
		expect(doc.openapi).toBe('3.1.0');
		const me = doc.paths['/api/v1/me'].get;
		expect(me.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/Me');
		expect(doc.components.schemas.Me.required).toEqual(expect.arrayContaining(['id', 'email', 'roles']));
	});

	it('answers /api/v1/me for a console-made token with the roles it was scoped to, until it is revoked', async () => {
		const created = await form('/console/api-tokens?/create', {
			name: 'E2E integration',
			scopes: ['analyst']
		});
		const html = await created.text();
		const secret = html.match(/data-testid="new-token">([^<]+)</)?.[1]?.trim();
		expect(secret, 'the page shows the new token once').toMatch(/^stk_/);

		const me = await fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });
		expect(me.status).toBe(200);
		expect(await me.json()).toMatchObject({
			email: 'analyst@demo.sotong.example',
			roles: ['analyst'],
			authenticatedBy: 'token'
		});

		const list = await (await fetch(`${baseUrl()}/console/api-tokens`, { headers: { cookie } })).text();
		const id = [...list.matchAll(/name="id" value="([^"]+)"/g)].map((m) => m[1]).at(-1);
		expect(id).toBeTruthy();
		await (await form('/console/api-tokens?/revoke', { id: id! })).arrayBuffer();

		const after = await fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });
		expect(after.status).toBe(401);
		expect(await after.json()).toMatchObject({ error: { code: 'unauthenticated' } });
	});

	it('refuses an unknown token and names the error in the caller’s language', async () => {
		const res = await fetch(`${baseUrl()}/api/v1/me`, {
			headers: { authorization: 'Bearer stk_not-a-real-token', 'accept-language': 'ko' }
		});
		expect(res.status).toBe(401);
		const body = await res.json();
		expect(body.error.code).toBe('unauthenticated');
		expect(body.error.message).toBe('계속하려면 로그인해 주세요.');
	});
});
