import type { RequestEvent } from '@sveltejs/kit';
import { app } from '#lib/server/app.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';

/**
 * Who may see an uploaded file (an image or a video) is decided by what it belongs to: for
 * `story:<id>`, the stories module (its writer and reviewers, everyone once published). Also the
 * cache rule both file routes share: files never change under their name, and private ones must not
 * sit in shared caches.
 */
export async function fileAccess(locals: RequestEvent['locals'], subject: string) {
	const viewer = locals.viewer && {
		userId: locals.viewer.userId,
		reviewer: storiesPolicy.canReview(locals.viewer)
	};
	const [kind, subjectId] = subject.split(':');
	const visible = kind === 'story' && (await app().stories.storyVisibleTo(subjectId, viewer));
	const cacheControl = viewer
		? 'private, max-age=31536000, immutable'
		: 'public, max-age=31536000, immutable';
	return { visible, cacheControl };
}
