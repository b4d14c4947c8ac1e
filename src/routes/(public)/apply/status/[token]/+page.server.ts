import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { sampleFilesForPage } from '#lib/web/private-files.ts';

/**
 * An applicant's private status page, reached from the emailed link: the token is the only key, so
 * the page is never cached, indexed or sent on as a referrer. Opening it first confirms the address.
 */
export const load: PageServerLoad = async ({ params, setHeaders, locals }) => {
	setHeaders({
		'cache-control': 'private, no-store',
		'referrer-policy': 'no-referrer',
		'x-robots-tag': 'noindex'
	});
	const found = await app().mates.statusByToken(params.token);
	if (!found) error(404, locals.t('apply.status.unknown'), { code: 'token_invalid' });
	return {
		application: {
			year: found.year,
			termStart: found.termStart,
			status: found.status,
			submittedAt: found.submittedAt.toISOString(),
			nameNative: found.nameNative,
			nameLatin: found.nameLatin,
			email: found.email,
			country: found.country,
			city: found.city,
			languages: found.languages,
			links: found.links,
			samples: found.samples,
			motivation: found.motivation
		},
		files: sampleFilesForPage(found.files)
	};
};
