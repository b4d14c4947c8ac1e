import type { z } from 'zod';
import { AppError, type FieldError, type FieldErrors } from './errors.ts';

/**
 * Turns zod issues into field errors that carry message keys, so every boundary (forms, JSON, CSV)
 * reports bad input the same localised way. A schema may set its own key as the issue message.
 */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
	const fields: FieldErrors = {};
	for (const issue of error.issues) {
		// A problem inside a list (roles.0) belongs to the list's field: that is where the form shows it.
		const name = issue.path.length ? String(issue.path[0]) : '_form';
		if (!fields[name]) fields[name] = toFieldError(issue);
	}
	return fields;
}

function toFieldError(issue: z.core.$ZodIssue): FieldError {
	if (issue.message.startsWith('errors.')) return { key: issue.message };
	switch (issue.code) {
		case 'too_small':
			return issue.origin === 'string' && Number(issue.minimum) <= 1
				? { key: 'errors.field.required' }
				: { key: 'errors.field.tooShort', params: { min: Number(issue.minimum) } };
		case 'too_big':
			return { key: 'errors.field.tooLong', params: { max: Number(issue.maximum) } };
		case 'invalid_format':
			return issue.format === 'email' ? { key: 'errors.field.email' } : { key: 'errors.field.invalid' };
		case 'invalid_type':
			return issue.input === undefined || issue.input === null
				? { key: 'errors.field.required' }
				: { key: 'errors.field.invalid' };
		default:
			return { key: 'errors.field.invalid' };
	}
}

/** Validates input or throws a `validation_failed` AppError listing each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
	const result = schema.safeParse(input);
	if (!result.success) {
		throw new AppError('validation_failed', 'Invalid input', { fields: fieldErrorsFrom(result.error) });
	}
	return result.data;
}
