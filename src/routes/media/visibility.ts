import type { RequestEvent } from '@sveltejs/kit';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';

/**
 * Who may see an uploaded file (an image or a video) is decided by what it belongs to: for
 * `story:<id>`, the stories module (its writer and reviewers, everyone once published); for
 * `forum-post:<id>` and `forum-draft:<user>`, the forum (whoever may read the post's category; an
 * upload not posted yet, its writer alone). Also the cache rule both file routes share: files never
 * change under their name, and private ones must not sit in shared caches.
 */
export async function fileAccess(locals: RequestEvent['locals'], subject: string) {
	const viewer = locals.viewer && {
		userId: locals.viewer.userId,
		reviewer: storiesPolicy.canReview(locals.viewer)
	};
	const [kind, subjectId] = subject.split(':');
	const forum = kind.startsWith('forum-');
	const visible = forum
		? await app().forum.forumFileVisibleTo(subject, forumPolicy.readerOf(locals.viewer))
		: kind === 'story' && (await app().stories.storyVisibleTo(subjectId, viewer));
	const cacheControl = viewer
		? 'private, max-age=31536000, immutable'
		: forum
			? // A topic may be moved to a closed category: shared caches keep a forum file an hour at most.
				'public, max-age=3600'
			: 'public, max-age=31536000, immutable';
	return { visible, cacheControl };
}
