import { z } from 'zod';

/** Input shapes for the account forms; message keys name each failure for the UI. */
/** An email address as people type it: trimmed and lower-cased before it is checked. */
export const email = z
	.string()
	.trim()
	.toLowerCase()
	.min(1, 'errors.field.required')
	.max(254)
	.pipe(z.email({ error: 'errors.field.email' }));
const password = z.string().min(10).max(128);
const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.undefined(), z.null()])
	.transform((v) => v === 'on' || v === 'true');

export const signUpInput = z
	.object({
		name: z.string().trim().min(1).max(100),
		email,
		password,
		confirmPassword: z.string(),
		acceptPrivacy: checkbox.refine((v) => v, 'errors.field.mustAccept')
	})
	.refine((v) => v.password === v.confirmPassword, {
		path: ['confirmPassword'],
		message: 'errors.field.passwordMismatch'
	});

export const signInInput = z.object({ email, password: z.string().min(1).max(128) });
export const forgotPasswordInput = z.object({ email });
export const resetPasswordInput = z
	.object({ token: z.string().min(10).max(500), password, confirmPassword: z.string() })
	.refine((v) => v.password === v.confirmPassword, {
		path: ['confirmPassword'],
		message: 'errors.field.passwordMismatch'
	});
export const totpCodeInput = z.object({
	code: z
		.string()
		.trim()
		.regex(/^\d{6}$/, 'errors.field.code')
});
export const passwordConfirmInput = z.object({ password: z.string().min(1).max(128) });
export const deleteAccountInput = z.object({
	password: z.string().min(1).max(128),
	confirm: checkbox.refine((v) => v, 'errors.field.mustAccept')
});

export type SignUpInput = z.infer<typeof signUpInput>;
