import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { matesPolicy } from '#lib/server/mates/policy.ts';
import { storyCards } from '#lib/server/stories/cards.ts';
import { storyListTag } from '#lib/server/stories/page-tags.ts';
import { mateTag } from '#lib/server/mates/page-tags.ts';
import { pageShows } from '#lib/web/http-cache.ts';

/** A Mate's public page: who they are, where they write, and (with the stories issue) what they wrote. */
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const profile = await app().mates.profileBySlug(params.slug);
	if (!profile) error(404, locals.t('errors.not_found'), { code: 'not_found' });
	pageShows(setHeaders, [mateTag(profile.userId), storyListTag]);
	return {
		profile: {
			slug: profile.slug,
			displayName: profile.displayName,
			nameNative: profile.nameNative,
			nameLatin: profile.nameLatin,
			country: profile.country,
			city: profile.city,
			languages: profile.languages,
			links: profile.links,
			bio: profile.bio,
			photoKey: profile.photoKey,
			terms: profile.terms
		},
		canEdit: matesPolicy.canEditProfile(locals.viewer, profile.userId),
		credentialId: await app().credentials.currentCredentialOf(profile.userId),
		stories: await storyCards(app(), { limit: 50, authorId: profile.userId })
	};
};
