import { and, asc, eq, gt, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Auth } from '../accounts/auth.ts';
import { accountEmail } from '../accounts/emails.ts';
import { isRole, staffRoles, type Role, type StaffRole } from '../accounts/roles.ts';
import { session, user } from '../accounts/schema.ts';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database, Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { hashSecret, newId, newSecret } from '../core/ids.ts';
import type { Jobs } from '../core/jobs.ts';
import { parseInput } from '../core/validation.ts';
import { slugify } from '../core/slug.ts';
import { department, roleGrant, staffInvitation } from './schema.ts';
import {
	acceptInvitationInput,
	createDepartmentInput,
	inviteStaffInput,
	setRolesInput,
	userIdInput
} from './schemas.ts';

export interface StaffDeps {
	db: Database;
	auth: Auth;
	jobs: Jobs;
	clock: Clock;
	origin: string;
}

const invitationDays = 7;

/** The roles a person holds and their department, read on every signed-in request. */
export async function rolesOf(
	db: Executor,
	userId: string
): Promise<{ roles: Role[]; departmentId: string | null }> {
	const rows = await db.select().from(roleGrant).where(eq(roleGrant.userId, userId));
	return {
		roles: rows.map((r) => r.role).filter(isRole),
		departmentId: rows.find((r) => r.departmentId)?.departmentId ?? null
	};
}

/** Gives someone a member role (a Mate on approval); holding it already is fine. */
export async function grantRole(db: Executor, userId: string, role: Role, by: string | null) {
	await db.insert(roleGrant).values({ userId, role, grantedBy: by }).onConflictDoNothing();
}

/** Takes one role away (an applicant's, once they become a Mate). */
export async function removeRole(db: Executor, userId: string, role: Role) {
	await db.delete(roleGrant).where(and(eq(roleGrant.userId, userId), eq(roleGrant.role, role)));
}

/** Adds a department (or returns the existing one with that slug): responders are routed by it. */
export async function ensureDepartment(
	db: Executor,
	input: { slug: string; nameEn: string; nameKo: string; phone?: string | null }
): Promise<string> {
	await db
		.insert(department)
		.values({ id: newId(), ...input })
		.onConflictDoNothing({ target: department.slug });
	const [row] = await db
		.select({ id: department.id })
		.from(department)
		.where(eq(department.slug, input.slug));
	return row.id;
}

/** Creates a person with a password directly (invitations, demo data): the email counts as verified. */
export async function createVerifiedUser(
	auth: Auth,
	input: { email: string; name: string; password: string; locale?: string }
) {
	const ctx = await auth.$context;
	const hash = await ctx.password.hash(input.password);
	const created = await ctx.internalAdapter.createUser(
		{ email: input.email, name: input.name, emailVerified: true, locale: input.locale ?? null },
		{ method: 'email' }
	);
	await ctx.internalAdapter.linkAccount({
		userId: created.id,
		providerId: 'credential',
		accountId: created.id,
		password: hash
	});
	return created;
}

/** Invitations, roles, departments and disabling accounts: what an administrator does with staff. */
export function createStaffService(deps: StaffDeps) {
	const { db } = deps;

	const replaceRoles = async (
		tx: Executor,
		userId: string,
		roles: Role[],
		departmentId: string | null,
		by: string | null
	) => {
		await tx.delete(roleGrant).where(eq(roleGrant.userId, userId));
		if (roles.length === 0) return;
		await tx.insert(roleGrant).values(
			roles.map((role) => ({
				userId,
				role,
				departmentId: role === 'department-responder' ? departmentId : null,
				grantedBy: by
			}))
		);
	};

	const assertDepartment = async (tx: Executor, id: string | undefined) => {
		if (!id) return;
		const [found] = await tx.select({ id: department.id }).from(department).where(eq(department.id, id));
		if (!found)
			throw new AppError('validation_failed', 'Unknown department', {
				fields: { departmentId: { key: 'errors.field.invalid' } }
			});
	};

	return {
		listDepartments: () => db.select().from(department).orderBy(asc(department.nameEn)),

		/** Adds a department responders can belong to; its slug comes from the English name. */
		async createDepartment(ctx: ActionContext, input: unknown) {
			const data = parseInput(createDepartmentInput, input);
			const slug = slugify(data.nameEn, 'department');
			return db.transaction(async (tx) => {
				const [taken] = await tx
					.select({ id: department.id })
					.from(department)
					.where(eq(department.slug, slug));
				if (taken)
					throw new AppError('conflict', 'Department exists', {
						fields: { nameEn: { key: 'errors.field.departmentTaken' } }
					});
				const id = await ensureDepartment(tx, {
					slug,
					nameEn: data.nameEn,
					nameKo: data.nameKo,
					phone: data.phone ?? null
				});
				await recordAudit(tx, ctx, {
					action: 'department.create',
					targetType: 'department',
					targetId: slug,
					details: { nameEn: data.nameEn, nameKo: data.nameKo }
				});
				return id;
			});
		},

		/** People with their roles, newest first; `q` matches name or email. */
		async listPeople(opts: { q?: string; staffOnly?: boolean; limit?: number; offset?: number } = {}) {
			const like = opts.q ? `%${opts.q.replace(/[%_\\]/g, '\\$&')}%` : undefined;
			const rows = await db
				.select({
					id: user.id,
					name: user.name,
					email: user.email,
					emailVerified: user.emailVerified,
					twoFactorEnabled: user.twoFactorEnabled,
					disabledAt: user.disabledAt,
					createdAt: user.createdAt,
					roles: sql<
						string[]
					>`coalesce(array_agg(${roleGrant.role}) filter (where ${roleGrant.role} is not null), '{}')`,
					departmentId: sql<string | null>`max(${roleGrant.departmentId})`
				})
				.from(user)
				.leftJoin(roleGrant, eq(roleGrant.userId, user.id))
				.where(like ? or(ilike(user.name, like), ilike(user.email, like)) : undefined)
				.groupBy(user.id)
				.having(
					opts.staffOnly
						? sql`count(*) filter (where ${inArray(roleGrant.role, [...staffRoles])}) > 0`
						: undefined
				)
				.orderBy(asc(user.name))
				.limit(Math.min(opts.limit ?? 100, 500))
				.offset(opts.offset ?? 0);
			return rows;
		},

		/** Emails an invitation link; the account is created when the person accepts it. */
		async invite(ctx: ActionContext, input: unknown) {
			const data = parseInput(inviteStaffInput, input);
			const token = newSecret();
			const now = deps.clock.now();
			await db.transaction(async (tx) => {
				await assertDepartment(tx, data.departmentId);
				const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, data.email));
				if (existing)
					throw new AppError('conflict', 'Already has an account', {
						fields: { email: { key: 'errors.field.emailTaken' } }
					});
				const id = newId();
				await tx.insert(staffInvitation).values({
					id,
					email: data.email,
					name: data.name,
					roles: data.roles,
					departmentId: data.departmentId ?? null,
					tokenHash: hashSecret(token),
					invitedBy: ctx.actorId,
					expiresAt: new Date(now.getTime() + invitationDays * 86_400_000)
				});
				await recordAudit(tx, ctx, {
					action: 'staff.invite',
					targetType: 'invitation',
					targetId: data.email,
					details: { roles: data.roles, departmentId: data.departmentId ?? null }
				});
			});
			await deps.jobs.send(
				'mail.send',
				accountEmail(
					'invitation',
					{ email: data.email, name: data.name },
					`${deps.origin}/invitation?token=${token}`,
					{ days: String(invitationDays) }
				)
			);
		},

		/** Looks up a pending invitation by its emailed token, for the accept page. */
		async findInvitation(token: string) {
			if (!token || token.length > 200) return null;
			const [inv] = await db
				.select()
				.from(staffInvitation)
				.where(
					and(
						eq(staffInvitation.tokenHash, hashSecret(token)),
						isNull(staffInvitation.acceptedAt),
						isNull(staffInvitation.revokedAt),
						gt(staffInvitation.expiresAt, deps.clock.now())
					)
				);
			return inv ?? null;
		},

		/** Accepts an invitation: creates the account with its roles; TOTP is set up at first sign-in. */
		async acceptInvitation(input: unknown, ipAddress: string | null) {
			const data = parseInput(acceptInvitationInput, input);
			const inv = await this.findInvitation(data.token);
			if (!inv) throw new AppError('token_invalid', 'Invitation invalid or expired');
			const created = await createVerifiedUser(deps.auth, {
				email: inv.email,
				name: inv.name,
				password: data.password
			});
			await db.transaction(async (tx) => {
				await replaceRoles(tx, created.id, inv.roles.filter(isRole), inv.departmentId, inv.invitedBy);
				await tx
					.update(staffInvitation)
					.set({ acceptedAt: deps.clock.now() })
					.where(eq(staffInvitation.id, inv.id));
				await recordAudit(
					tx,
					{ actorId: created.id, actorEmail: inv.email, ipAddress },
					{
						action: 'staff.invitation.accept',
						targetType: 'user',
						targetId: created.id,
						details: { roles: inv.roles }
					}
				);
			});
			return { email: inv.email };
		},

		listInvitations: () =>
			db
				.select()
				.from(staffInvitation)
				.where(and(isNull(staffInvitation.acceptedAt), isNull(staffInvitation.revokedAt)))
				.orderBy(asc(staffInvitation.createdAt)),

		async revokeInvitation(ctx: ActionContext, id: string) {
			await db.transaction(async (tx) => {
				const res = await tx
					.update(staffInvitation)
					.set({ revokedAt: deps.clock.now() })
					.where(
						and(
							eq(staffInvitation.id, id),
							isNull(staffInvitation.acceptedAt),
							isNull(staffInvitation.revokedAt)
						)
					)
					.returning({ email: staffInvitation.email });
				if (res.length === 0) throw new AppError('not_found', 'No such invitation');
				await recordAudit(tx, ctx, {
					action: 'staff.invitation.revoke',
					targetType: 'invitation',
					targetId: res[0].email
				});
			});
		},

		/** Replaces a person's staff roles (member roles such as mate are kept). Admins cannot demote themselves. */
		async setRoles(ctx: ActionContext, input: unknown) {
			const data = parseInput(setRolesInput, input);
			if (data.userId === ctx.actorId && !data.roles.includes('admin'))
				throw new AppError('conflict', 'You cannot remove your own admin role', {
					fields: { roles: { key: 'errors.field.ownAdmin' } }
				});
			await db.transaction(async (tx) => {
				await assertDepartment(tx, data.departmentId);
				const [target] = await tx
					.select({ id: user.id, email: user.email })
					.from(user)
					.where(eq(user.id, data.userId));
				if (!target) throw new AppError('not_found', 'No such person');
				const before = await rolesOf(tx, data.userId);
				const keep = before.roles.filter((r) => r === 'mate' || r === 'applicant');
				await replaceRoles(
					tx,
					data.userId,
					[...keep, ...(data.roles as StaffRole[])],
					data.departmentId ?? null,
					ctx.actorId
				);
				await recordAudit(tx, ctx, {
					action: 'staff.roles.set',
					targetType: 'user',
					targetId: target.email,
					details: {
						before: before.roles,
						after: [...keep, ...data.roles],
						departmentId: data.departmentId ?? null
					}
				});
			});
		},

		/** Disables an account and ends its sessions at once; enabling restores access. */
		async setDisabled(ctx: ActionContext, input: unknown, disabled: boolean) {
			const { userId } = parseInput(userIdInput, input);
			if (userId === ctx.actorId) throw new AppError('conflict', 'You cannot disable yourself');
			await db.transaction(async (tx) => {
				const res = await tx
					.update(user)
					.set({ disabledAt: disabled ? deps.clock.now() : null })
					.where(eq(user.id, userId))
					.returning({ email: user.email });
				if (res.length === 0) throw new AppError('not_found', 'No such person');
				if (disabled) await tx.delete(session).where(eq(session.userId, userId));
				await recordAudit(tx, ctx, {
					action: disabled ? 'account.disable' : 'account.enable',
					targetType: 'user',
					targetId: res[0].email
				});
			});
		},

		/** Grants a member role (applicant, mate) — used by the Mates programme, never by forms directly. */
		async grantMemberRole(tx: Executor, userId: string, role: 'applicant' | 'mate', by: string | null) {
			await tx.insert(roleGrant).values({ userId, role, grantedBy: by }).onConflictDoNothing();
		},

		async usersByIds(ids: string[]) {
			if (ids.length === 0) return [];
			return db
				.select({ id: user.id, name: user.name, email: user.email })
				.from(user)
				.where(inArray(user.id, ids));
		}
	};
}

export type StaffService = ReturnType<typeof createStaffService>;
