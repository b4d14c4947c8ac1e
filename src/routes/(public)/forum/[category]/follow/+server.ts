import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { follow } from '#lib/web/follow.ts';
import { loadOrFail } from '#lib/web/guards.ts';

/** Subscribe to, mute or leave a category (the buttons on the category page post here). */
export const POST: RequestHandler = async (event) => {
	const reader = forumPolicy.readerOf(event.locals.viewer);
	const category = await loadOrFail(event, app().forum.categoryBySlug(reader, event.params.category));
	return follow(
		event,
		(level) => app().notifications.setCategoryLevel(reader, category.id, { level }),
		`/forum/${category.slug}`
	);
};
