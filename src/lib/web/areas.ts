import { json, redirect, type RequestEvent } from '@sveltejs/kit';
import { staffPolicy } from '#lib/server/staff/policy.ts';
import { isStaff } from '#lib/server/accounts/roles.ts';

/**
 * A coarse second line of defence by URL area, run before any route code: the console needs a staff
 * member with TOTP, /account needs a signed-in person, /api/v1 needs authentication. Each route
 * still checks its own policy; this catches a route that forgot to.
 */
export function guardArea(event: RequestEvent): Response | null {
	const path = event.url.pathname;
	const viewer = event.locals.viewer;
	const signIn = () => redirect(303, `/sign-in?redirectTo=${encodeURIComponent(path + event.url.search)}`);
	if (path === '/console' || path.startsWith('/console/')) {
		if (!viewer) signIn();
		if (isStaff(viewer) && !viewer!.twoFactorEnabled) redirect(303, '/account/two-factor');
		// Pages render the localised 403 page from the console layout; anything else (form actions,
		// which layouts do not guard) is refused here outright.
		const renderable = event.request.method === 'GET' || event.request.method === 'HEAD';
		if (!staffPolicy.canUseConsole(viewer) && !renderable) return forbidden(event);
	}
	if (path === '/account' || path.startsWith('/account/')) {
		if (!viewer) signIn();
	}
	if (path.startsWith('/api/v1/') && !viewer) {
		return json(
			{ error: { code: 'unauthenticated', message: event.locals.t('errors.unauthenticated') } },
			{ status: 401, headers: { 'www-authenticate': 'Bearer' } }
		);
	}
	return null;
}

function forbidden(event: RequestEvent): Response {
	return new Response(event.locals.t('errors.forbidden'), {
		status: 403,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
