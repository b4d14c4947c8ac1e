import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '#lib/server/app.ts';
import { importColumns } from '#lib/server/mates/cohort-import.ts';
import { matesPolicy } from '#lib/server/mates/policy.ts';
import { isAppError } from '#lib/server/core/errors.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { toFailure } from '#lib/web/forms.ts';

/** Bulk-admitting a cohort from a CSV file: check it first, then import. */
export const load: PageServerLoad = async (event) => {
	authorize(event, matesPolicy.canReviewApplications);
	const cohorts = await app().mates.listCohorts();
	return { years: cohorts.map((c) => c.year), columns: importColumns };
};

/** The CSV from the uploaded file, or else from the text box (where a checked file comes back for fixing). */
async function readUpload(event: RequestEvent) {
	const data = await event.request.formData();
	const file = data.get('file');
	const text = file instanceof File && file.size > 0 ? await file.text() : String(data.get('csv') ?? '');
	return { csv: text, year: Number(data.get('cohort')) };
}

const run = (dryRun: boolean) => async (event: RequestEvent) => {
	authorize(event, matesPolicy.canReviewApplications);
	const { csv, year } = await readUpload(event);
	const values = { csv, cohort: String(year || '') };
	try {
		const report = await app().mates.importCohort(actionContext(event), year, csv, { dryRun });
		const problems = report.problems.map((p) => ({
			line: p.line,
			field: p.field,
			message: event.locals.t(p.error.key, p.error.params)
		}));
		return { report: { ...report, problems }, dryRun, values };
	} catch (err) {
		if (!isAppError(err)) throw err;
		return fail(400, toFailure(event.locals.t, err.code, err.params, err.fields, values));
	}
};

export const actions: Actions = { check: run(true), import: run(false) };
