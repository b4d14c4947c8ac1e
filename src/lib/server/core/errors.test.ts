import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lookup, translator } from '../../i18n/index.ts';
import { toFailure } from '../../web/forms.ts';
import { AppError, errorStatus, httpStatusFor, isAppError, type ErrorCode } from './errors.ts';
import { describeStartupFailure } from './startup.ts';
import { fieldErrorsFrom, parseInput } from './validation.ts';

const codes = Object.keys(errorStatus) as ErrorCode[];

describe('error codes', () => {
	it('map to the HTTP status a client expects', () => {
		expect(Object.fromEntries(codes.map((c) => [c, httpStatusFor(c)]))).toEqual({
			bad_request: 400,
			payload_too_large: 413,
			validation_failed: 422,
			unauthenticated: 401,
			two_factor_required: 401,
			forbidden: 403,
			not_found: 404,
			conflict: 409,
			applications_closed: 409,
			already_decided: 409,
			story_locked: 409,
			topic_locked: 409,
			member_silenced: 403,
			posting_too_fast: 429,
			already_flagged: 409,
			rate_limited: 429,
			account_disabled: 403,
			account_locked: 429,
			invalid_credentials: 401,
			email_not_verified: 403,
			token_invalid: 401,
			database_unreachable: 503,
			data_dir_locked: 503,
			certificate_unavailable: 503,
			internal: 500
		});
	});

	it.each(codes)('%s has a message in every language', (code) => {
		expect(lookup('en', `errors.${code}`)).toBeTruthy();
		expect(lookup('ko', `errors.${code}`)).toBeTruthy();
	});

	it('carry fields and params, and are recognised as AppError only when they are', () => {
		const err = new AppError('rate_limited', 'Too many', {
			params: { seconds: 30 },
			fields: { email: { key: 'errors.field.email' } }
		});
		expect(isAppError(err)).toBe(true);
		expect(err).toMatchObject({ name: 'AppError', code: 'rate_limited', params: { seconds: 30 } });
		expect(isAppError(new Error('plain'))).toBe(false);
		expect(isAppError({ code: 'not_found' })).toBe(false);
		expect(new AppError('not_found').message).toBe('not_found');
	});
});

describe('validation errors', () => {
	const schema = z.object({
		name: z.string().trim().min(1),
		email: z.email(),
		bio: z.string().max(5),
		password: z.string().min(10),
		age: z.number(),
		custom: z.string().refine(() => false, 'errors.field.mustAccept')
	});

	it('become field errors with message keys and params', () => {
		const result = schema.safeParse({
			name: ' ',
			email: 'x',
			bio: 'too long',
			password: 'short',
			custom: 'x'
		});
		expect(result.success).toBe(false);
		expect(fieldErrorsFrom(result.error!)).toEqual({
			name: { key: 'errors.field.required' },
			email: { key: 'errors.field.email' },
			bio: { key: 'errors.field.tooLong', params: { max: 5 } },
			password: { key: 'errors.field.tooShort', params: { min: 10 } },
			age: { key: 'errors.field.required' },
			custom: { key: 'errors.field.mustAccept' }
		});
	});

	it('report an error inside a list under the list’s own field name, where the form shows it', () => {
		const result = z.object({ roles: z.array(z.enum(['a', 'b'])) }).safeParse({ roles: ['a', 'zzz'] });
		expect(Object.keys(fieldErrorsFrom(result.error!))).toEqual(['roles']);
	});

	it('throw validation_failed from parseInput', () => {
		const err = (() => {
			try {
				parseInput(schema, {});
			} catch (e) {
				return e;
			}
		})();
		expect(err).toBeInstanceOf(AppError);
		expect((err as AppError).code).toBe('validation_failed');
		expect(Object.keys((err as AppError).fields!)).toContain('email');
	});
});

describe('form failures', () => {
	it('are localised, keep what was typed, and never echo secrets', () => {
		const failure = toFailure(
			translator('ko'),
			'rate_limited',
			{ seconds: 42 },
			{
				email: { key: 'errors.field.email' },
				password: { key: 'errors.field.tooShort', params: { min: 10 } }
			},
			{
				email: 'ada@example.com',
				password: 'hunter2',
				confirmPassword: 'hunter2',
				code: '123456',
				token: 't',
				roles: ['a', 'b']
			}
		);
		expect(failure.code).toBe('rate_limited');
		expect(failure.message).toBe(translator('ko')('errors.rate_limited', { seconds: 42 }));
		expect(failure.message).toContain('42');
		expect(failure.fields).toEqual({
			email: translator('ko')('errors.field.email'),
			password: translator('ko')('errors.field.tooShort', { min: 10 })
		});
		expect(failure.values).toEqual({ email: 'ada@example.com', roles: ['a', 'b'] });
	});
});

describe('start-up failures', () => {
	it('are one line without a stack', () => {
		expect(describeStartupFailure(new AppError('data_dir_locked', 'The data directory /x is in use'))).toBe(
			'Sotong cannot start. The data directory /x is in use'
		);
		expect(describeStartupFailure(new Error('first line\n    at somewhere'))).toBe(
			'Sotong cannot start: first line'
		);
		expect(describeStartupFailure('plain')).toBe('Sotong cannot start: plain');
	});
});
