import { z } from 'zod';
import { staffRoles } from '../accounts/roles.ts';

const roleList = z.preprocess(
	(v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
	z.array(z.enum(staffRoles)).min(1, 'errors.field.required')
);
const departmentId = z.preprocess((v) => (v === '' ? undefined : v), z.string().max(100).optional());

export const inviteStaffInput = z
	.object({
		name: z.string().trim().min(1).max(100),
		email: z
			.string()
			.trim()
			.toLowerCase()
			.max(254)
			.pipe(z.email({ error: 'errors.field.email' })),
		roles: roleList,
		departmentId
	})
	.refine((v) => !v.roles.includes('department-responder') || !!v.departmentId, {
		path: ['departmentId'],
		message: 'errors.field.departmentRequired'
	});

export const setRolesInput = z
	.object({
		userId: z.string().min(1).max(100),
		roles: z.preprocess(
			(v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
			z.array(z.enum(staffRoles))
		),
		departmentId
	})
	.refine((v) => !v.roles.includes('department-responder') || !!v.departmentId, {
		path: ['departmentId'],
		message: 'errors.field.departmentRequired'
	});

export const acceptInvitationInput = z
	.object({
		token: z.string().min(10).max(200),
		password: z.string().min(10).max(128),
		confirmPassword: z.string()
	})
	.refine((v) => v.password === v.confirmPassword, {
		path: ['confirmPassword'],
		message: 'errors.field.passwordMismatch'
	});

/** A department: English and Korean names, an optional public phone number; the slug is derived. */
export const createDepartmentInput = z.object({
	nameEn: z.string().trim().min(1).max(120),
	nameKo: z.string().trim().min(1).max(120),
	phone: z.preprocess(
		(v) => (v === '' ? undefined : v),
		z
			.string()
			.trim()
			.regex(/^[0-9+()\-\s]{3,30}$/, 'errors.field.phone')
			.optional()
	)
});

export const userIdInput = z.object({ userId: z.string().min(1).max(100) });
