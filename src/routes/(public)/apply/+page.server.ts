import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { commonLanguages, languageName } from '#lib/i18n/regions.ts';
import { countryOptions } from '#lib/server/core/countries.ts';
import { formValues, requestInfo, runForm } from '#lib/web/forms.ts';

/** The public application form for the cohort taking applications, or when the next one opens. */
export const load: PageServerLoad = async ({ locals }) => {
	const { mates, privacy } = app();
	const [open, next, notice] = await Promise.all([
		mates.cohortTakingApplications(),
		mates.nextCohortOpening(),
		privacy.currentNotice()
	]);
	const nameOf = languageName(locals.locale);
	const wanted = open?.languages ?? [];
	const languages = [...new Set([...wanted, ...commonLanguages])].map((code) => ({
		value: code,
		label: nameOf(code),
		wanted: wanted.includes(code)
	}));
	return {
		cohort: open && {
			year: open.year,
			termStart: open.termStart,
			termEnd: open.termEnd,
			applicationsClose: open.applicationsClose.toISOString()
		},
		next: next && { year: next.year, applicationsOpen: next.applicationsOpen.toISOString() },
		countries: countryOptions(locals.locale),
		languages,
		privacyVersion: notice.version,
		signedInEmail: locals.viewer?.emailVerified ? locals.viewer.email : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const viewer = event.locals.viewer;
		const result = await runForm(event, values, () =>
			app().mates.apply(values, requestInfo(event), viewer && { ...viewer })
		);
		if (!('email' in result)) return result;
		return { applied: true, email: result.email, confirmed: !!viewer?.emailVerified };
	}
};
