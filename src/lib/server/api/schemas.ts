import { z } from 'zod';
import { allRoles, staffRoles } from '../accounts/roles.ts';

/** Shapes of the public JSON API; the OpenAPI document is generated from these same schemas. */
export const errorBody = z
	.object({
		error: z.object({
			code: z.string().meta({ description: 'Stable error code' }),
			message: z.string(),
			fields: z.record(z.string(), z.string()).optional()
		})
	})
	.meta({ id: 'Error' });

export const meResponse = z
	.object({
		id: z.string(),
		name: z.string(),
		email: z.email(),
		roles: z.array(z.enum(allRoles)),
		departmentId: z.string().nullable(),
		authenticatedBy: z.enum(['session', 'token'])
	})
	.meta({ id: 'Me' });

export const createTokenInput = z.object({
	name: z.string().trim().min(1).max(80),
	scopes: z.preprocess(
		(v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
		z.array(z.enum(staffRoles)).min(1, 'errors.field.required')
	),
	expiresInDays: z.preprocess(
		(v) => (v === '' || v === undefined ? undefined : v),
		z.coerce.number().int().min(1).max(366).optional()
	)
});
