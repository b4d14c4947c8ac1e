import { isHttpError, isRedirect, json, type RequestEvent } from '@sveltejs/kit';
import type { Translate } from '#lib/i18n/index.ts';
import { app } from '#lib/server/app.ts';
import {
	errorStatus,
	httpStatusFor,
	isAppError,
	type ErrorCode,
	type FieldErrors
} from '#lib/server/core/errors.ts';

/**
 * JSON errors for +server.ts endpoints, in the one shape the OpenAPI document promises:
 * `{ error: { code, message, fields? } }`. The code is stable, the message is in the request's
 * language, and nothing about the server's insides (stacks, SQL) ever reaches the client.
 */
export interface ApiErrorBody {
	error: { code: ErrorCode; message: string; fields?: Record<string, string> };
}

/** A JSON error response for a code; field errors (message keys with params) are localised too. */
export function apiError(
	code: ErrorCode,
	t: Translate,
	fields?: FieldErrors,
	params?: Record<string, string | number>
): Response {
	const status = httpStatusFor(code);
	const body: ApiErrorBody = { error: { code, message: t(`errors.${code}`, params) } };
	if (fields && Object.keys(fields).length > 0) {
		body.error.fields = Object.fromEntries(
			Object.entries(fields).map(([name, f]) => [name, t(f.key, f.params)])
		);
	}
	const headers: Record<string, string> = { 'cache-control': 'no-store' };
	if (status === 401) headers['www-authenticate'] = 'Bearer';
	if (code === 'rate_limited' && typeof params?.seconds === 'number')
		headers['retry-after'] = String(params.seconds);
	return json(body, { status, headers });
}

/**
 * Wraps a +server.ts handler: AppErrors become their JSON error, SvelteKit `error()`s keep their
 * status with the matching code, redirects pass through, and anything else is logged with the
 * request id and answered as a 500 `internal` error without a stack.
 */
export function apiHandler<E extends RequestEvent>(fn: (event: E) => Response | Promise<Response>) {
	return async (event: E): Promise<Response> => {
		try {
			return await fn(event);
		} catch (err) {
			const t = event.locals.t;
			if (isAppError(err)) return apiError(err.code, t, err.fields, err.params);
			if (isRedirect(err)) throw err;
			if (isHttpError(err) && err.status < 500) return apiError(codeForStatus(err.status), t);
			logUnexpected(err, event);
			return apiError('internal', t);
		}
	};
}

/** The code for a status raised with SvelteKit's `error()`; the first code mapped to it wins. */
function codeForStatus(status: number): ErrorCode {
	const found = (Object.entries(errorStatus) as [ErrorCode, number][]).find(([, s]) => s === status);
	return found ? found[0] : 'bad_request';
}

function logUnexpected(err: unknown, event: RequestEvent): void {
	try {
		app().logger.error(
			{ err, reqId: event.locals.requestId, path: event.url.pathname },
			'unhandled API error'
		);
	} catch {
		console.error(err);
	}
}
