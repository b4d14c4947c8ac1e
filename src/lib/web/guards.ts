import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Viewer } from '#lib/server/accounts/roles.ts';
import type { ActionContext } from '#lib/server/audit/service.ts';
import { httpStatusFor, isAppError } from '#lib/server/core/errors.ts';

/** Sends anonymous visitors to sign in (and back afterwards); returns the signed-in viewer. */
export function requireViewer(event: Pick<RequestEvent, 'locals' | 'url'>): Viewer {
	const viewer = event.locals.viewer;
	if (!viewer)
		redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return viewer;
}

/**
 * Checks a policy question for the signed-in viewer: anonymous people are sent to sign in, signed-in
 * people who may not are answered 403. Every page load and action calls this (or requireViewer).
 */
export function authorize(
	event: Pick<RequestEvent, 'locals' | 'url'>,
	allowed: (v: Viewer) => boolean
): Viewer {
	const viewer = requireViewer(event);
	if (!allowed(viewer)) error(403, event.locals.t('errors.forbidden'), { code: 'forbidden' });
	return viewer;
}

/** The audit context for an action taken in this request. */
export function actionContext(
	event: Pick<RequestEvent, 'locals' | 'request'>
): ActionContext & { actorId: string } {
	const viewer = event.locals.viewer;
	if (!viewer) throw new Error('actionContext needs a signed-in viewer');
	return {
		actorId: viewer.userId,
		actorEmail: viewer.email,
		ipAddress: event.locals.clientAddress,
		userAgent: event.request.headers.get('user-agent')
	};
}

/** Only same-site paths may be redirect targets (no open redirects). */
export function safeRedirectTarget(value: unknown, fallback = '/'): string {
	return typeof value === 'string' &&
		value.startsWith('/') &&
		!value.startsWith('//') &&
		!value.startsWith('/\\')
		? value
		: fallback;
}

/**
 * Awaits what a page loads; an expected failure (an unknown id, say) becomes the error page with its
 * own status and localised message instead of a 500.
 */
export async function loadOrFail<T>(event: Pick<RequestEvent, 'locals'>, work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (err) {
		if (!isAppError(err)) throw err;
		error(httpStatusFor(err.code), event.locals.t(`errors.${err.code}`, err.params), { code: err.code });
	}
}
