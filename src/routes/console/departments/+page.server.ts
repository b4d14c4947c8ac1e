import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { staffPolicy } from '#lib/server/staff/policy.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

/** The city's departments, which department responders belong to; administrators add them. */
export const load: PageServerLoad = async (event) => {
	authorize(event, staffPolicy.canManageStaff);
	const departments = await app().staff.listDepartments();
	return {
		departments: departments.map((d) => ({
			id: d.id,
			slug: d.slug,
			nameEn: d.nameEn,
			nameKo: d.nameKo,
			phone: d.phone
		}))
	};
};

export const actions: Actions = {
	create: async (event) => {
		authorize(event, staffPolicy.canManageStaff);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().staff.createDepartment(actionContext(event), values)
		);
		return typeof result === 'string' ? { created: String(values.nameEn ?? '') } : result;
	}
};
