import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { topicPath } from '#lib/server/forum/reading.ts';
import { pageQuery } from '#lib/server/forum/schemas.ts';
import { loadOrFail } from '#lib/web/guards.ts';
import { localName } from '#lib/i18n/names.ts';

/**
 * A category's topics, pinned first, then the most recently active, with what is new for the reader.
 * A category the reader may not read answers 404, as if it did not exist.
 */
export const load: PageServerLoad = async (event) => {
	const { locals, params, url } = event;
	const reader = forumPolicy.readerOf(locals.viewer);
	const { forum } = app();
	const category = await loadOrFail(event, forum.categoryBySlug(reader, params.category));
	const list = await forum.topicsIn(reader, category.id, pageQuery.parse(url.searchParams.get('page')) ?? 1);
	const ko = locals.locale === 'ko';
	return {
		category: {
			slug: category.slug,
			name: localName(locals.locale, category),
			description: ko ? category.descriptionKo : category.descriptionEn,
			visibility: category.visibility,
			staffStartsTopics: category.staffStartsTopics
		},
		topics: list.topics.map((t) => ({ ...t, path: topicPath(t), replies: t.postCount - 1 })),
		page: list.page,
		pages: list.pages,
		signedIn: !!reader.userId,
		// Subscribe / mute buttons (notifications module): null for visitors.
		following: await app().notifications.followingCategory(reader, category.id),
		waiting: await forum.waitingTopicsOf(reader, category.id),
		canStart: forumPolicy.canStartTopic(reader.access, category)
	};
};
