import type { LayoutServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { takeFlash } from '#lib/web/flash.ts';
import { consoleNavigation } from '#lib/server/staff/navigation.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';

/** What every page needs: language, who is signed in, demo mode, console navigation, one-off toast. */
export const load: LayoutServerLoad = async ({ locals, cookies, url }) => {
	const { env } = app();
	return {
		locale: locals.locale,
		pathname: url.pathname,
		viewer: locals.viewer
			? { name: locals.viewer.name, email: locals.viewer.email, roles: locals.viewer.roles }
			: null,
		demo: env.APP_MODE === 'demo',
		city: { en: env.CITY_NAME_EN, ko: env.CITY_NAME_KO },
		origin: env.ORIGIN,
		consoleNav: consoleNavigation(locals.viewer),
		// The header's bell: forum notifications not read yet (signed-in people only).
		unreadNotifications: locals.viewer
			? await app().notifications.unreadCount(forumPolicy.readerOf(locals.viewer))
			: null,
		flash: takeFlash(cookies)
	};
};
