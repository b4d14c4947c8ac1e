import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { matesPolicy } from '#lib/server/mates/policy.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

/** Programme managers see every cohort with its status today, and open the next one. */
export const load: PageServerLoad = async (event) => {
	authorize(event, matesPolicy.canManageCohorts);
	const cohorts = await app().mates.listCohorts();
	return {
		cohorts: cohorts.map((c) => ({
			id: c.id,
			year: c.year,
			termStart: c.termStart,
			termEnd: c.termEnd,
			sizeTarget: c.sizeTarget,
			applicationsOpen: c.applicationsOpen.toISOString(),
			applicationsClose: c.applicationsClose.toISOString(),
			languages: c.languages,
			phase: c.phase
		}))
	};
};

export const actions: Actions = {
	open: async (event) => {
		authorize(event, matesPolicy.canManageCohorts);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () => app().mates.openCohort(actionContext(event), values));
		return typeof result === 'string' ? { opened: String(values.year ?? '') } : result;
	}
};
