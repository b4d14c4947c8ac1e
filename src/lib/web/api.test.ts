import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '#lib/i18n/index.ts';
import { AppError } from '#lib/server/core/errors.ts';
import { apiError, apiHandler } from './api.ts';

const event = (locale: 'en' | 'ko' = 'en') =>
	({
		locals: { t: translator(locale), requestId: 'req-1' },
		url: new URL('http://localhost/api/v1/things')
	}) as unknown as RequestEvent;

const body = (res: Response) =>
	res.json() as Promise<{ error: { code: string; message: string; fields?: object } }>;

describe('apiError', () => {
	it('maps the code to its status and a localised message', async () => {
		const res = apiError('forbidden', translator('ko'));
		expect(res.status).toBe(403);
		expect(res.headers.get('content-type')).toContain('application/json');
		expect(await body(res)).toEqual({
			error: { code: 'forbidden', message: translator('ko')('errors.forbidden') }
		});
	});

	it('asks for a bearer token on 401 and says when to retry on 429', () => {
		const t = translator('en');
		expect(apiError('unauthenticated', t).headers.get('www-authenticate')).toBe('Bearer');
		expect(apiError('rate_limited', t, undefined, { seconds: 30 }).headers.get('retry-after')).toBe('30');
	});
});

describe('apiHandler', () => {
	it('passes a successful response through', async () => {
		const res = await apiHandler(() => new Response('ok'))(event());
		expect(await res.text()).toBe('ok');
	});

	it('turns validation errors into 422 with localised field messages', async () => {
		const handler = apiHandler(() => {
			throw new AppError('validation_failed', 'Invalid input', {
				fields: {
					name: { key: 'errors.field.tooLong', params: { max: 80 } },
					email: { key: 'errors.field.email' }
				}
			});
		});
		const res = await handler(event());
		expect(res.status).toBe(422);
		expect(await body(res)).toEqual({
			error: {
				code: 'validation_failed',
				message: 'Some fields need your attention.',
				fields: { name: 'Must be at most 80 characters.', email: 'Enter a valid email address.' }
			}
		});
	});

	it('keeps the status of a SvelteKit error() and lets redirects through', async () => {
		const notFound = await apiHandler(() => error(404, 'gone'))(event());
		expect(notFound.status).toBe(404);
		expect((await body(notFound)).error.code).toBe('not_found');
		await expect(apiHandler(() => redirect(303, '/elsewhere'))(event())).rejects.toMatchObject({
			status: 303
		});
	});

	it('answers anything unexpected with a 500 that carries no stack or internal message', async () => {
		// No app runs in this test, so the error is logged to the console instead of pino.
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const res = await apiHandler(() => {
			throw new Error('relation "secret_table" does not exist');
		})(event());
		expect(logged).toHaveBeenCalledOnce();
		logged.mockRestore();
		expect(res.status).toBe(500);
		const text = JSON.stringify(await body(res));
		expect(text).toContain('"code":"internal"');
		expect(text).not.toContain('secret_table');
		expect(text).not.toContain('at ');
	});
});
