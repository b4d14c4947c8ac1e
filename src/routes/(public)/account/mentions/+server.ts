import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { topicIdFrom } from '#lib/server/forum/schemas.ts';
import { requireViewer } from '#lib/web/guards.ts';

const query = z.object({
	q: z.string().max(80).catch(''),
	topic: z.string().max(80).optional().catch(undefined),
	category: z.string().max(80).optional().catch(undefined)
});

/**
 * Who the post editor suggests after `@`: Mates whose handle starts with (or whose name contains)
 * what was typed and who may read where the post goes (`topic` or `category`). Writers only; anyone
 * else gets an empty list. Private, never cached.
 */
export const GET: RequestHandler = async (event) => {
	const viewer = requireViewer(event);
	const p = query.parse(Object.fromEntries(event.url.searchParams));
	const reader = forumPolicy.readerOf(viewer);
	const topicId = p.topic ? topicIdFrom(p.topic) : null;
	const people = await app()
		.notifications.mentionSuggestions(
			reader,
			topicId !== null ? { topicId } : { categoryId: p.category },
			p.q
		)
		.catch(() => []);
	return json({ people }, { headers: { 'cache-control': 'private, no-store' } });
};
