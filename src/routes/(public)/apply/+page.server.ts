import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { commonLanguages, languageName } from '#lib/i18n/regions.ts';
import { countryOptions } from '#lib/server/core/countries.ts';
import { chosenFile, readForm, requestInfo, runForm, valuesOf } from '#lib/web/forms.ts';
import { sampleSlots } from '#lib/server/mates/application-schemas.ts';
import { sampleFileField, samplesTotalBytes } from '#lib/server/mates/samples.ts';
import { maxPdfBytes } from '#lib/server/media/documents.ts';
import { formatBytes, mediaLimits } from '#lib/server/media/limits.ts';

/** The public application form for the cohort taking applications, or when the next one opens. */
export const load: PageServerLoad = async ({ locals }) => {
	const { mates, privacy } = app();
	const [open, next, notice, limits] = await Promise.all([
		mates.cohortTakingApplications(),
		mates.nextCohortOpening(),
		privacy.currentNotice(),
		mediaLimits(app().db)
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
		sampleLimits: {
			image: formatBytes(limits.maxImageBytes),
			pdf: formatBytes(maxPdfBytes),
			total: formatBytes(samplesTotalBytes),
			totalBytes: samplesTotalBytes
		},
		signedInEmail: locals.viewer?.emailVerified ? locals.viewer.email : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		// Over the server's request limit nothing of the form can be read; say so instead of failing.
		const form = await readForm(event, {
			message: event.locals.t('errors.upload.formTooLarge', { max: formatBytes(samplesTotalBytes) })
		});
		if (!(form instanceof FormData)) return form;
		const values = valuesOf(form);
		const files: { slot: number; name: string; bytes: Uint8Array }[] = [];
		for (const slot of sampleSlots) {
			const file = await chosenFile(form, sampleFileField(slot));
			if (file) files.push({ slot, ...file });
		}
		// A refused form comes back with what was typed; files cannot be, so their names say which to choose again.
		const kept = { ...values, ...Object.fromEntries(files.map((f) => [sampleFileField(f.slot), f.name])) };
		const viewer = event.locals.viewer;
		const result = await runForm(event, kept, () =>
			app().mates.apply(values, requestInfo(event), viewer && { ...viewer }, files)
		);
		if (!('email' in result)) return result;
		return { applied: true, email: result.email, confirmed: !!viewer?.emailVerified };
	}
};
