import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { staffRoles } from '#lib/server/accounts/roles.ts';
import { staffPolicy } from '#lib/server/staff/policy.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

/** Administrators list people, invite staff, change roles and disable accounts. */
export const load: PageServerLoad = async (event) => {
	authorize(event, staffPolicy.canManageStaff);
	const q = event.url.searchParams.get('q')?.slice(0, 100) ?? '';
	const staffOnly = event.url.searchParams.get('staff') !== 'all';
	const { staff } = app();
	const [people, departments, invitations] = await Promise.all([
		staff.listPeople({ q: q || undefined, staffOnly }),
		staff.listDepartments(),
		staff.listInvitations()
	]);
	return {
		q,
		staffOnly,
		staffRoles: [...staffRoles],
		people: people.map((p) => ({
			...p,
			createdAt: p.createdAt.toISOString(),
			disabledAt: p.disabledAt?.toISOString() ?? null
		})),
		departments: departments.map((d) => ({ id: d.id, nameEn: d.nameEn, nameKo: d.nameKo })),
		invitations: invitations.map((i) => ({
			id: i.id,
			email: i.email,
			name: i.name,
			roles: i.roles,
			expiresAt: i.expiresAt.toISOString()
		})),
		selfId: event.locals.viewer!.userId
	};
};

/** Each action re-checks the policy: layouts do not guard actions. */
export const actions: Actions = {
	invite: async (event) => {
		authorize(event, staffPolicy.canManageStaff);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () => app().staff.invite(actionContext(event), values));
		return result ?? { done: 'invited', email: String(values.email) };
	},
	setRoles: async (event) => {
		authorize(event, staffPolicy.canManageStaff);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () => app().staff.setRoles(actionContext(event), values));
		return result ?? { done: 'rolesSaved' };
	},
	disable: async (event) => {
		authorize(event, staffPolicy.canManageStaff);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().staff.setDisabled(actionContext(event), values, true)
		);
		return result ?? { done: 'disabledDone' };
	},
	enable: async (event) => {
		authorize(event, staffPolicy.canManageStaff);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().staff.setDisabled(actionContext(event), values, false)
		);
		return result ?? { done: 'enabledDone' };
	},
	revokeInvitation: async (event) => {
		authorize(event, staffPolicy.canManageStaff);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().staff.revokeInvitation(actionContext(event), String(values.id ?? ''))
		);
		return result ?? { done: 'revoked' };
	}
};
