import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { pageQuery } from '#lib/server/forum/schemas.ts';
import { notificationsPolicy } from '#lib/server/notifications/policy.ts';
import { notificationIdInput } from '#lib/server/notifications/schemas.ts';
import { setFlash } from '#lib/web/flash.ts';
import { authorize } from '#lib/web/guards.ts';

/**
 * The signed-in person's notifications, newest first: who mentioned them or replied where, with a
 * link to the post. Only posts they may read today are listed.
 */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, notificationsPolicy.canUseOwn);
	const page = pageQuery.parse(event.url.searchParams.get('page')) ?? 1;
	const reader = forumPolicy.readerOf(viewer);
	const [list, handle] = await Promise.all([
		app().notifications.listFor(reader, page),
		app().mates.profileOfUser(viewer.userId)
	]);
	return {
		page,
		more: list.more,
		handle: handle?.slug ?? null,
		items: list.items.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() }))
	};
};

export const actions: Actions = {
	markRead: async (event) => {
		const viewer = authorize(event, notificationsPolicy.canUseOwn);
		const parsed = notificationIdInput.safeParse(Object.fromEntries(await event.request.formData()));
		if (parsed.success) await app().notifications.markRead(forumPolicy.readerOf(viewer), parsed.data.id);
		redirect(303, `/account/notifications${event.url.search}`);
	},
	markAllRead: async (event) => {
		const viewer = authorize(event, notificationsPolicy.canUseOwn);
		await app().notifications.markAllRead(forumPolicy.readerOf(viewer));
		setFlash(event.cookies, { kind: 'success', key: 'notifications.markedAllRead' });
		redirect(303, '/account/notifications');
	}
};
