import type { RequestEvent } from '@sveltejs/kit';
import { app } from '#lib/server/app.ts';
import { AppError } from '#lib/server/core/errors.ts';
import { storiesPolicy } from '#lib/server/stories/policy.ts';
import { authorize } from '#lib/web/guards.ts';

/**
 * Who may upload a video into a story: its writer, as for images (`../images/+server.ts`). Adding
 * bytes needs a story that can still be edited; looking at or cancelling an upload does not.
 */
export async function storyWriter(
	event: Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string } },
	opts: { adding: boolean }
) {
	const viewer = authorize(event, storiesPolicy.canWrite);
	const s = await app().stories.storyForWork({ userId: viewer.userId, reviewer: false }, event.params.id);
	if (opts.adding && !s.editable) throw new AppError('story_locked', 'The story cannot be changed now');
	return { ownerId: viewer.userId, subject: `story:${s.id}` };
}
