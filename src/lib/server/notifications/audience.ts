import { and, inArray, isNull } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import type { Executor } from '../core/db.ts';
import { forumPolicy, type ForumAccess } from '../forum/policy.ts';
import { isRole } from '../accounts/roles.ts';
import { roleGrant } from '../staff/schema.ts';

/** A person who may be told about something: their address, name, language and forum reach today. */
export interface Recipient {
	userId: string;
	email: string;
	name: string;
	locale: string | null;
	access: ForumAccess;
}

/**
 * How far each person reaches into the forum now, by the forum's own rule (roles, and two-step
 * sign-in for staff), as if they opened it this minute. Disabled accounts are left out: they are
 * told about nothing.
 */
export async function recipientsOf(db: Executor, userIds: string[]): Promise<Map<string, Recipient>> {
	const ids = [...new Set(userIds)];
	const out = new Map<string, Recipient>();
	if (ids.length === 0) return out;
	const people = await db
		.select({
			id: user.id,
			email: user.email,
			name: user.name,
			locale: user.locale,
			emailVerified: user.emailVerified,
			twoFactorEnabled: user.twoFactorEnabled
		})
		.from(user)
		.where(and(inArray(user.id, ids), isNull(user.disabledAt)));
	const grants = people.length
		? await db
				.select()
				.from(roleGrant)
				.where(
					inArray(
						roleGrant.userId,
						people.map((p) => p.id)
					)
				)
		: [];
	for (const p of people) {
		const mine = grants.filter((g) => g.userId === p.id);
		const roles = mine.map((g) => g.role).filter(isRole);
		const departmentId = mine.find((g) => g.departmentId)?.departmentId ?? null;
		const { access } = forumPolicy.readerOf({
			userId: p.id,
			name: p.name,
			email: p.email,
			emailVerified: p.emailVerified,
			roles,
			departmentId,
			twoFactorEnabled: !!p.twoFactorEnabled
		});
		out.set(p.id, { userId: p.id, email: p.email, name: p.name, locale: p.locale, access });
	}
	return out;
}
