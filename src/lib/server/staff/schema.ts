import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';

/** City departments; department responders belong to one. */
export const department = pgTable('department', {
	id: text('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	nameEn: text('name_en').notNull(),
	nameKo: text('name_ko').notNull(),
	phone: text('phone'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** One row per role a person holds; a person may hold several. */
export const roleGrant = pgTable(
	'role_grant',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role').notNull(),
		departmentId: text('department_id').references(() => department.id, { onDelete: 'restrict' }),
		grantedBy: text('granted_by').references(() => user.id, { onDelete: 'set null' }),
		grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.role] }), index('role_grant_role_idx').on(t.role)]
);

/** An emailed invitation for a staff member; accepting it creates the account with the given roles. */
export const staffInvitation = pgTable(
	'staff_invitation',
	{
		id: text('id').primaryKey(),
		email: text('email').notNull(),
		name: text('name').notNull(),
		roles: text('roles').array().notNull(),
		departmentId: text('department_id').references(() => department.id, { onDelete: 'set null' }),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('staff_invitation_email_idx').on(t.email)]
);
