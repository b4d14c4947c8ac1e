import type { RequestEvent } from '@sveltejs/kit';
import { draftSubject } from '#lib/server/forum/attachments.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { authorize } from '#lib/web/guards.ts';

/**
 * Who may upload pictures and clips for forum posts: whoever writes in the forum (Mates and staff).
 * Uploads wait under the writer's own forum subject, seen by them alone, until a post shows them.
 */
export function forumWriter(event: Pick<RequestEvent, 'locals' | 'url'>) {
	const viewer = authorize(event, forumPolicy.canWrite);
	return { ownerId: viewer.userId, subject: draftSubject(viewer.userId) };
}
