import { error, type RequestHandler } from '@sveltejs/kit';
import { z } from 'zod';
import { app } from '#lib/server/app.ts';
import { districtCodes } from '#lib/places/districts.ts';
import { storyTopics } from '#lib/stories/topics.ts';
import { feedImageIds, feedTypes, storyFeed, type FeedFormat } from '#lib/server/stories/feeds.ts';
import { videoLabels } from '#lib/server/stories/present.ts';
import { isCountryCode } from '#lib/server/core/countries.ts';
import { conditionalResponse } from './http-cache.ts';

const scope = z.object({
	mate: z.string().max(80).optional(),
	topic: z.enum(storyTopics).optional(),
	district: z
		.string()
		.refine((d) => districtCodes.includes(d))
		.optional(),
	country: z
		.string()
		.transform((c) => c.toUpperCase())
		.refine(isCountryCode)
		.optional()
});

/**
 * The handler behind /feed.xml, /feed.atom and /feed.json: the whole site, or one Mate's, topic's or
 * district's stories, or those by Mates from one country (`?mate=`, `?topic=`, `?district=`,
 * `?country=`).
 */
export function feedHandler(format: FeedFormat): RequestHandler {
	return async ({ url, request, locals }) => {
		const parsed = scope.safeParse(Object.fromEntries(url.searchParams));
		if (!parsed.success) error(404, locals.t('errors.not_found'), { code: 'not_found' });
		const { stories, mates, env } = app();
		const author = parsed.data.mate ? await mates.profileBySlug(parsed.data.mate) : null;
		if (parsed.data.mate && !author) error(404, locals.t('errors.not_found'), { code: 'not_found' });
		const countryIds = parsed.data.country ? await mates.userIdsFromCountry(parsed.data.country) : undefined;
		const items = await stories.latestStoriesWithText({
			limit: 50,
			authorId: author?.userId,
			authorIds: countryIds,
			topic: parsed.data.topic,
			district: parsed.data.district
		});
		const profiles = await mates.profilesOfUsers(items.map((s) => s.authorId));
		const appName = locals.t('common.appName');
		const title = author
			? `${author.displayName} · ${appName}`
			: parsed.data.topic
				? `${locals.t(`stories.topics.${parsed.data.topic}`)} · ${appName}`
				: appName;
		const body = storyFeed({
			format,
			origin: env.ORIGIN,
			title,
			description: locals.t('public.stories.lead', {
				city: locals.locale === 'ko' ? env.CITY_NAME_KO : env.CITY_NAME_EN
			}),
			query: url.search,
			language: locals.locale,
			stories: items,
			images: await app().media.imagesByIds(feedImageIds(items)),
			labels: videoLabels(locals.t),
			authorName: (id) => {
				const p = id ? profiles.get(id) : undefined;
				return p ? { name: p.displayName, link: `${env.ORIGIN}/mates/${p.slug}` } : null;
			}
		});
		return conditionalResponse(request, body, {
			'content-type': feedTypes[format],
			'cache-control': 'public, max-age=300, stale-while-revalidate=3600'
		});
	};
}
