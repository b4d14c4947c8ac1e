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

/** A programme manager revokes a credential: which one, and why (kept in the record and the audit log). */
export const revokeInput = z.object({
	id: z.uuid(),
	reason: z.string().trim().min(3, 'errors.field.revokeReason').max(500)
});

/** Who signs the PDF certificates, as printed under the signature line. */
export const certificateSettingsInput = z.object({
	signatoryName: z.string().trim().max(100),
	signatoryTitle: z.string().trim().max(100),
	removeSignature: z
		.union([z.literal('on'), z.literal('')])
		.optional()
		.transform((v) => v === 'on')
});
