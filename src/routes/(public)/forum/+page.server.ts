import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { localName } from '#lib/i18n/names.ts';

/** The forum's categories the reader may read, with topic counts and, when signed in, unread counts. */
export const load: PageServerLoad = async ({ locals }) => {
	const reader = forumPolicy.readerOf(locals.viewer);
	const categories = await app().forum.categoriesFor(reader);
	const ko = locals.locale === 'ko';
	return {
		categories: categories.map((c) => ({
			slug: c.slug,
			name: localName(locals.locale, c),
			description: ko ? c.descriptionKo : c.descriptionEn,
			visibility: c.visibility,
			staffStartsTopics: c.staffStartsTopics,
			topics: c.topics,
			unread: c.unread
		})),
		signedIn: !!reader.userId,
		canWrite: forumPolicy.canWrite(locals.viewer)
	};
};
