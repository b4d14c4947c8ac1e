import { fail, type ActionFailure, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { AppError, isAppError, type FieldErrors } from '#lib/server/core/errors.ts';
import type { RequestInfo } from '#lib/server/core/request.ts';
import type { Translate } from '#lib/i18n/index.ts';

/** Form fields as a plain object; repeated names (checkbox groups) become arrays. */
export async function formValues(request: Request): Promise<Record<string, string | string[]>> {
	return valuesOf(await request.formData());
}

/** The text fields of a parsed form as a plain object (files left out); repeated names become arrays. */
export function valuesOf(data: FormData): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string');
		out[key] = all.length > 1 ? all : (all[0] ?? '');
	}
	return out;
}

/**
 * The file chosen in a multipart form's file input, or null when none was: a browser sends an empty
 * part with no name for an untouched input, while a chosen empty file keeps its name (and is refused
 * by the service as empty).
 */
export async function chosenFile(data: FormData, name: string) {
	const file = data.get(name);
	if (!(file instanceof File) || (file.size === 0 && file.name === '')) return null;
	return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** True when reading a request's body failed because it is over the server's `BODY_SIZE_LIMIT`. */
export function isBodyTooLarge(err: unknown): boolean {
	const status = (e: unknown) => (e as { status?: unknown } | null)?.status;
	return status(err) === 413 || status((err as { cause?: unknown } | null)?.cause) === 413;
}

/**
 * Reads a posted form. Over the server's `BODY_SIZE_LIMIT` nothing of it can be read, so instead of the
 * generic error page the action gets back a `fail(413)` to return: a localised message (by default
 * `errors.upload.bodyTooLarge`) shown on the form, plus whatever `extra` the page needs to place it.
 */
export async function readForm<E extends Record<string, unknown> = Record<never, never>>(
	event: { request: Request; locals: App.Locals },
	tooLarge: { message?: string; extra?: E } = {}
): Promise<FormData | ActionFailure<FormFailure & E>> {
	try {
		return await event.request.formData();
	} catch (err) {
		if (!isBodyTooLarge(err)) throw err;
		const message = tooLarge.message ?? event.locals.t('errors.upload.bodyTooLarge');
		const failure: FormFailure = { code: 'payload_too_large', message, fields: {}, values: {} };
		return fail(413, { ...failure, ...(tooLarge.extra as E) });
	}
}

/**
 * Reads a request body in an endpoint. Over the server's `BODY_SIZE_LIMIT` that is an AppError with the
 * stable code `payload_too_large` (a 413, not a 500); any other failure to read gives `otherwise()`.
 */
export async function readBody<T>(reading: Promise<T>, otherwise: () => T): Promise<T> {
	try {
		return await reading;
	} catch (err) {
		if (isBodyTooLarge(err)) throw new AppError('payload_too_large');
		return otherwise();
	}
}

/** What a failed form action returns: a localised summary, per-field messages, and what was typed. */
export interface FormFailure {
	message: string;
	code: string;
	fields: Record<string, string>;
	values: Record<string, string | string[]>;
}

const secretFields = new Set([
	'password',
	'confirmPassword',
	'newPassword',
	'currentPassword',
	'code',
	'token'
]);

/**
 * Runs a form action's service call; an AppError becomes a localised `fail()` that keeps what the
 * person typed (never passwords), anything else is rethrown to the error handler.
 */
export async function runForm<T>(
	event: { locals: App.Locals },
	values: Record<string, string | string[]>,
	work: () => Promise<T>
) {
	try {
		return await work();
	} catch (err) {
		if (!isAppError(err)) throw err;
		return fail(statusFor(err.code), toFailure(event.locals.t, err.code, err.params, err.fields, values));
	}
}

function statusFor(code: string): number {
	return code === 'validation_failed'
		? 400
		: code === 'rate_limited' || code === 'account_locked' || code === 'posting_too_fast'
			? 429
			: code === 'forbidden' || code === 'account_disabled' || code === 'member_silenced'
				? 403
				: 400;
}

/** Localises an error for a form; exported for routes that build failures themselves. */
export function toFailure(
	t: Translate,
	code: string,
	params: Record<string, string | number> | undefined,
	fields: FieldErrors | undefined,
	values: Record<string, string | string[]>
): FormFailure {
	return {
		code,
		message: t(`errors.${code}`, params),
		fields: Object.fromEntries(Object.entries(fields ?? {}).map(([k, f]) => [k, t(f.key, f.params)])),
		values: Object.fromEntries(Object.entries(values).filter(([k]) => !secretFields.has(k)))
	};
}

/** The request as services see it. */
export function requestInfo(event: Pick<RequestEvent, 'request' | 'locals'>): RequestInfo {
	return {
		headers: event.request.headers,
		ipAddress: event.locals.clientAddress,
		userAgent: event.request.headers.get('user-agent'),
		locale: event.locals.locale
	};
}

/** Applies the Set-Cookie headers an auth step produced to the SvelteKit response. */
export function applySetCookies(cookies: Cookies, setCookies: string[]): void {
	for (const header of setCookies) {
		const [pair, ...attrs] = header.split(';').map((s) => s.trim());
		const eq = pair.indexOf('=');
		const name = pair.slice(0, eq);
		const value = pair.slice(eq + 1);
		const opts: Parameters<Cookies['set']>[2] = { path: '/' };
		for (const attr of attrs) {
			const [k, v] = attr.split('=');
			const key = k.toLowerCase();
			if (key === 'path') opts.path = v;
			else if (key === 'max-age') opts.maxAge = Number(v);
			else if (key === 'expires') opts.expires = new Date(v);
			else if (key === 'httponly') opts.httpOnly = true;
			else if (key === 'secure') opts.secure = true;
			else if (key === 'samesite') opts.sameSite = v.toLowerCase() as 'lax' | 'strict' | 'none';
		}
		if (opts.httpOnly === undefined) opts.httpOnly = false;
		if (opts.secure === undefined) opts.secure = false;
		// The value is already encoded by better-auth: pass it through unchanged.
		cookies.set(name, value, { ...opts, encode: (s: string) => s } as Parameters<Cookies['set']>[2]);
	}
}
