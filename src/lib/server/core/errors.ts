/**
 * Errors with a stable code. Services throw these; the web layer maps each code to an HTTP status in
 * one place (`httpStatusFor`) and to a localised message through the `errors.<code>` message keys.
 */
export const errorStatus = {
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
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** A field-level problem: a message key (`errors.field.*`) with its parameters. */
export interface FieldError {
	key: string;
	params?: Record<string, string | number>;
}
export type FieldErrors = Record<string, FieldError>;

/** An expected failure a user or client can act on; never carries a stack to the client. */
export class AppError extends Error {
	readonly code: ErrorCode;
	readonly fields?: FieldErrors;
	readonly params?: Record<string, string | number>;

	constructor(
		code: ErrorCode,
		message?: string,
		options: { fields?: FieldErrors; params?: Record<string, string | number>; cause?: unknown } = {}
	) {
		super(message ?? code, { cause: options.cause });
		this.name = 'AppError';
		this.code = code;
		this.fields = options.fields;
		this.params = options.params;
	}
}

/** The HTTP status for a code: the only place this mapping lives. */
export function httpStatusFor(code: ErrorCode): number {
	return errorStatus[code];
}

/** True for errors whose code is safe to show; anything else is reported as `internal`. */
export function isAppError(err: unknown): err is AppError {
	return err instanceof AppError;
}
