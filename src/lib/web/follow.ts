import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { SubscriptionLevel } from '#lib/server/notifications/schema.ts';
import { setFlash } from './flash.ts';
import { loadOrFail, requireViewer } from './guards.ts';

/**
 * A subscribe / mute button's POST (topic or category): sets the level for the signed-in reader and
 * goes back to the page with a toast; a place they may not read answers 404 like the page itself.
 */
export async function follow(
	event: RequestEvent,
	set: (level: unknown) => Promise<SubscriptionLevel>,
	back: string
): Promise<never> {
	requireViewer(event);
	const form = await event.request.formData();
	const level = await loadOrFail(event, set(form.get('level')));
	setFlash(event.cookies, { kind: 'success', key: `notifications.follow.saved.${level}` });
	redirect(303, `${back}#follow`);
}
