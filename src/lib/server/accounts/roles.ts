/**
 * Who can be who. Visitors have no account. Applicants and Mates are community members; the rest are
 * city staff, who must use two-factor sign-in. A department responder belongs to one department.
 */
export const memberRoles = ['applicant', 'mate'] as const;
export const staffRoles = [
	'content-reviewer',
	'programme-manager',
	'inbox-agent',
	'department-responder',
	'analyst',
	'diplomacy-officer',
	'admin'
] as const;
export const allRoles = [...memberRoles, ...staffRoles] as const;

export type MemberRole = (typeof memberRoles)[number];
export type StaffRole = (typeof staffRoles)[number];
export type Role = (typeof allRoles)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (allRoles as readonly string[]).includes(value);
}

export function isStaffRole(role: Role): role is StaffRole {
	return (staffRoles as readonly string[]).includes(role);
}

/** The signed-in person as policies see them; `null` is an anonymous visitor. */
export interface Viewer {
	userId: string;
	name: string;
	email: string;
	emailVerified: boolean;
	roles: Role[];
	departmentId: string | null;
	/** True when the session passed TOTP (always required before a staff role is usable). */
	twoFactorEnabled: boolean;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
	return !!viewer && viewer.roles.some((r) => roles.includes(r));
}

export function isStaff(viewer: Viewer | null): boolean {
	return !!viewer && viewer.roles.some(isStaffRole);
}
