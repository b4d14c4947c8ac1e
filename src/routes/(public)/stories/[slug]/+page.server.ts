import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { cardsOf } from '#lib/server/stories/cards.ts';
import { presentStoryWithMedia, videoLabels } from '#lib/server/stories/present.ts';
import { storyJsonLd } from '#lib/server/stories/structured-data.ts';
import { storyListTag, storyPageTag } from '#lib/server/stories/page-tags.ts';
import { mateTag } from '#lib/server/mates/page-tags.ts';
import { pageShows } from '#lib/web/http-cache.ts';
import { pictureNear } from '#lib/media/pictures.ts';

/**
 * A published story for visitors: its media, the author's card, its translations (hreflang), related
 * stories, and the tags search engines and sharing read.
 */
export const load: PageServerLoad = async ({ params, locals, url, setHeaders }) => {
	const { stories, mates, env } = app();
	const s = await stories.publishedStory(params.slug);
	if (!s) error(404, locals.t('errors.not_found'), { code: 'not_found' });
	pageShows(setHeaders, [storyPageTag(s.id), ...(s.authorId ? [mateTag(s.authorId)] : []), storyListTag]);
	const [author, story, translations, related] = await Promise.all([
		mates.profileOfUser(s.authorId),
		presentStoryWithMedia(s, app(), videoLabels(locals.t)),
		stories.translationsOf(s),
		stories.relatedStories(s).then((rows) => cardsOf(app(), rows))
	]);
	const address = (slug: string) => `${env.ORIGIN}/stories/${encodeURIComponent(slug)}`;
	const canonical = address(s.slug);
	const image = story.cover ? env.ORIGIN + pictureNear(story.cover, 1200) : null;
	const v = story.video;
	return {
		story,
		author,
		formerMember: s.authorId === null,
		canonical,
		image,
		translations: translations.map((tr) => ({ ...tr, url: address(tr.slug) })),
		related,
		jsonLd: storyJsonLd({
			url: canonical,
			title: story.title,
			summary: story.summary,
			language: story.language,
			publishedAt: story.publishedAt,
			updatedAt: story.updatedAt,
			image,
			author: author && { name: author.displayName, url: `${env.ORIGIN}/mates/${author.slug}` },
			publisher: locals.t('common.appName'),
			video: v && {
				embedUrl: v.source === 'embed' ? v.player : undefined,
				contentUrl: v.source === 'upload' ? env.ORIGIN + v.src : undefined,
				thumbnailUrl: v.source === 'upload' && v.poster ? env.ORIGIN + v.poster : undefined,
				durationSeconds: v.source === 'upload' ? (v.duration ?? undefined) : undefined
			}
		}),
		path: url.pathname
	};
};
