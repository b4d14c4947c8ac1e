import { error, type RequestHandler } from '@sveltejs/kit';
import { app } from '#lib/server/app.ts';
import { feedTypes } from '#lib/server/stories/feeds.ts';
import { conditionalResponse } from './http-cache.ts';

/**
 * RSS of the newest topics in the forum's public categories (`/forum/feed.xml`), or one public
 * category's (`/forum/<category>/feed.xml`); a Mates-only or staff-only category has no feed.
 */
export const forumFeedHandler: RequestHandler = async ({ params, request, locals }) => {
	const { forum, env } = app();
	const city = locals.locale === 'ko' ? env.CITY_NAME_KO : env.CITY_NAME_EN;
	const body = await forum.topicsFeed({
		categorySlug: params.category,
		title: `${locals.t('forum.title')} · ${locals.t('common.appName')}`,
		description: locals.t('forum.lead', { city }),
		language: locals.locale
	});
	if (body === null) error(404, locals.t('errors.not_found'), { code: 'not_found' });
	return conditionalResponse(request, body, {
		'content-type': feedTypes.rss,
		'cache-control': 'public, max-age=300, stale-while-revalidate=3600'
	});
};
