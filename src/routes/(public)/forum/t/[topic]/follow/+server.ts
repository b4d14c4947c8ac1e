import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { topicAddress } from '#lib/web/forum-post.ts';
import { follow } from '#lib/web/follow.ts';

/** Subscribe to, mute or leave a topic (the buttons on the topic page post here). */
export const POST: RequestHandler = (event) => {
	const id = topicAddress(event);
	const reader = forumPolicy.readerOf(event.locals.viewer);
	return follow(event, (level) => app().notifications.setTopicLevel(reader, id, { level }), `/forum/t/${id}`);
};
