import { z } from 'zod';

/** A credential id as it appears in `/verify/<id>`: the UUID of `urn:uuid:<id>`. */
export const credentialIdInput = z.uuid();

/** The verification form: a pasted compact JWT (three base64url parts). */
export const verifyJwtInput = z.object({
	jwt: z
		.string()
		.trim()
		.min(1)
		.max(20_000)
		.regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'errors.field.jwt')
});
