import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isActionFailure } from '@sveltejs/kit';
import { getRequest } from '@sveltejs/kit/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '#lib/i18n/index.ts';
import { readBody, readForm } from './forms.ts';
import { isAppError } from '#lib/server/core/errors.ts';

/**
 * A real HTTP server that turns each request into the `Request` SvelteKit's Node adapter builds, with a
 * small body limit, and answers with what `readForm` made of it: the way a form action sees an
 * over-limit upload in production.
 */
const bodySizeLimit = 1024;
let received: (req: IncomingMessage) => Promise<unknown>;
const server = createServer(async (req, res) => {
	const out = await received(req).catch((err: unknown) => ({ thrown: String(err) }));
	res.setHeader('content-type', 'application/json');
	res.end(JSON.stringify(out));
});
let origin = '';

beforeAll(async () => {
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Posts a multipart form with a file of `size` bytes; `read` is what the action does with it. */
async function post(size: number, read: (request: Request) => Promise<unknown>) {
	received = async (req) => read(await getRequest({ request: req, base: origin, bodySizeLimit }));
	const body = new FormData();
	body.set('symbol', 'flag');
	body.set('svg', new File([new Uint8Array(size)], 'art.svg', { type: 'image/svg+xml' }));
	const res = await fetch(origin, { method: 'POST', body });
	return res.json();
}

const locals = (locale: 'en' | 'ko') => ({ t: translator(locale) }) as unknown as App.Locals;

describe('readForm', () => {
	it('reads a form within the limit', async () => {
		const out = await post(100, async (request) => {
			const data = await readForm({ request, locals: locals('en') });
			return data instanceof FormData ? { symbol: data.get('symbol') } : { failed: true };
		});
		expect(out).toEqual({ symbol: 'flag' });
	});

	it('answers a body over the limit with a localised 413 failure instead of an error', async () => {
		const out = await post(bodySizeLimit * 4, async (request) => {
			const data = await readForm({ request, locals: locals('ko') }, { extra: { symbol: null } });
			return isActionFailure(data) ? { status: data.status, data: data.data } : { read: true };
		});
		expect(out).toEqual({
			status: 413,
			data: {
				code: 'payload_too_large',
				message: translator('ko')('errors.upload.bodyTooLarge'),
				fields: {},
				values: {},
				symbol: null
			}
		});
	});

	it('uses the message the form gives for its own limit', async () => {
		const out = await post(bodySizeLimit * 4, async (request) => {
			const data = await readForm({ request, locals: locals('en') }, { message: 'Too big for the samples' });
			return data instanceof FormData ? null : data.data?.message;
		});
		expect(out).toBe('Too big for the samples');
	});

	it('still throws when the body cannot be read for another reason', async () => {
		const request = new Request(origin, {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			body: 'not a form'
		});
		await expect(readForm({ request, locals: locals('en') })).rejects.toThrow();
	});
});

describe('readBody', () => {
	const read = (size: number) =>
		post(size, async (request) => {
			try {
				const data = await readBody(request.formData(), () => null);
				return { symbol: data?.get('symbol') ?? null };
			} catch (err) {
				return isAppError(err) ? { code: err.code } : { thrown: String(err) };
			}
		});

	it('reads a body within the limit, and turns one over it into the stable code payload_too_large', async () => {
		expect(await read(100)).toEqual({ symbol: 'flag' });
		expect(await read(bodySizeLimit * 4)).toEqual({ code: 'payload_too_large' });
	});

	it('gives what the endpoint chose when the body cannot be read for another reason', async () => {
		const request = new Request(origin, {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			body: 'not a form'
		});
		expect(await readBody<FormData | null>(request.formData(), () => null)).toBeNull();
	});
});
