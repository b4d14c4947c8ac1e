import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { presentStoryWithImages } from '#lib/server/stories/present.ts';
import { articleJsonLd } from '#lib/server/stories/structured-data.ts';

/** A published story for visitors, with its author's card and the tags search engines and sharing read. */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { stories, mates, media, env } = app();
	const s = await stories.publishedStory(params.slug);
	if (!s) error(404, locals.t('errors.not_found'), { code: 'not_found' });
	const author = await mates.profileOfUser(s.authorId);
	const story = await presentStoryWithImages(s, media);
	const canonical = `${env.ORIGIN}/stories/${encodeURIComponent(s.slug)}`;
	return {
		story,
		author,
		canonical,
		jsonLd: articleJsonLd({
			url: canonical,
			title: story.title,
			summary: story.summary,
			language: story.language,
			publishedAt: story.publishedAt,
			updatedAt: story.updatedAt,
			author: author && { name: author.displayName, url: `${env.ORIGIN}/mates/${author.slug}` },
			publisher: locals.t('common.appName')
		}),
		path: url.pathname
	};
};
