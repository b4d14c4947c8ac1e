import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';

/** The current privacy notice in the visitor's language, with its version. */
export const load: PageServerLoad = async ({ locals }) => {
	const notice = await app().privacy.currentNotice();
	return {
		notice: {
			version: notice.version,
			publishedAt: notice.publishedAt.toISOString(),
			body: locals.locale === 'ko' ? notice.bodyKo : notice.bodyEn
		}
	};
};
