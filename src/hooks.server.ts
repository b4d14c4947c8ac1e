import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { app, startApp, stopApp } from '#lib/server/app.ts';
import { ensureDemoData } from '#lib/server/demo/seed.ts';
import { negotiateLocale, translator } from '#lib/i18n/index.ts';
import { isAppError } from '#lib/server/core/errors.ts';
import { loadEnv } from '#lib/server/core/env.ts';
import { describeStartupFailure } from '#lib/server/core/startup.ts';
import { securityHeaders } from '#lib/web/security-headers.ts';
import { cachePublicPage, keepPublicPage } from '#lib/web/http-cache.ts';
import { hasFlash } from '#lib/web/flash.ts';
import { guardArea } from '#lib/web/areas.ts';

/** Opens the database, migrates, loads demo data on first start; a bad setup exits with one line. */
export const init: ServerInit = async () => {
	try {
		const env = loadEnv();
		const started = await startApp(env);
		if (env.DEMO_DATA) await ensureDemoData(started);
		process.once('sveltekit:shutdown', async () => {
			await stopApp();
		});
		started.logger.info(
			{ origin: env.ORIGIN, database: started.handle.kind, mode: env.APP_MODE },
			'Sotong is ready'
		);
	} catch (err) {
		console.error(describeStartupFailure(err));
		process.exit(1);
	}
};

/** Health checks and metrics scrapes: no session lookup, and logged at debug level only. */
const probePaths = new Set(['/healthz', '/readyz', '/metrics']);

/** Per request: id, language, signed-in viewer, area guard, security headers, access log and metrics. */
export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const { logger, accounts, tokens, metrics, env } = app();
	event.locals.requestId = event.request.headers.get('x-request-id')?.slice(0, 64) || randomUUID();
	event.locals.clientAddress = clientAddress(event, env.TRUST_PROXY);

	const langParam = event.url.searchParams.get('lang');
	const cookieLocale = event.cookies.get('locale');
	event.locals.locale = negotiateLocale(
		langParam ?? cookieLocale,
		event.request.headers.get('accept-language')
	);
	if (langParam && langParam === event.locals.locale && langParam !== cookieLocale) {
		event.cookies.set('locale', langParam, {
			path: '/',
			maxAge: 31_536_000,
			httpOnly: false,
			sameSite: 'lax',
			secure: false
		});
	}
	event.locals.t = translator(event.locals.locale);

	const probe = probePaths.has(event.url.pathname);
	const bearer = event.request.headers.get('authorization');
	if (probe) {
		event.locals.viewer = null;
		event.locals.sessionId = null;
	} else if (bearer?.startsWith('Bearer ') && event.url.pathname.startsWith('/api/')) {
		event.locals.viewer = await tokens.authenticate(bearer.slice(7).trim());
		event.locals.sessionId = null;
	} else {
		const resolved = await accounts.viewerFrom(event.request.headers);
		event.locals.viewer = resolved?.viewer ?? null;
		event.locals.sessionId = resolved?.sessionId ?? null;
	}

	// The page's HTML as rendered, so caching and ETags never read the body back out of the response.
	let html: string | undefined;
	let chunks = '';
	const guarded = guardArea(event);
	const resolved =
		guarded ??
		(await resolve(event, {
			transformPageChunk: ({ html: chunk, done }) => {
				const out = chunk.replace('%lang%', event.locals.locale);
				chunks += out;
				if (done) html = chunks;
				return out;
			}
		}));
	let response = cachePublicPage(
		event.request,
		resolved,
		html,
		!!event.locals.viewer || hasFlash(event.cookies)
	);

	securityHeaders(response.headers, event.url.protocol === 'https:');
	response = keepPublicPage(event.request, response, html, env.PAGE_CACHE ? app().pages : null);
	response.headers.set('x-request-id', event.locals.requestId);
	const route = event.route.id ?? 'unmatched';
	const seconds = (performance.now() - started) / 1000;
	metrics.observe(event.request.method, route, response.status, seconds);
	logger.info(
		{
			reqId: event.locals.requestId,
			method: event.request.method,
			route,
			status: response.status,
			ms: Math.round(seconds * 1000),
			user: event.locals.viewer?.userId
		},
		'request'
	);
	return response;
};

/** Unexpected errors are logged with the request id and shown as a plain, localised message. */
export const handleError: HandleServerError = (input) => {
	const { event } = input;
	const requestId = event.locals.requestId ?? randomUUID();
	const t = event.locals.t ?? translator('en');
	if (input.kind === 'framework') {
		const notFound = input.error.status === 404;
		return {
			message: notFound ? t('errors.not_found') : t('errors.bad_request'),
			code: notFound ? 'not_found' : 'bad_request',
			requestId
		};
	}
	if (input.kind === 'app') return { ...input.error, requestId };
	if (isAppError(input.error))
		return {
			message: t(`errors.${input.error.code}`, input.error.params),
			code: input.error.code,
			requestId
		};
	try {
		app().logger.error({ err: input.error, reqId: requestId, path: event.url.pathname }, 'unhandled error');
	} catch {
		console.error(input.error);
	}
	return { message: t('errors.internal'), code: 'internal', requestId };
};

function clientAddress(event: Parameters<Handle>[0]['event'], trustProxy: boolean): string {
	if (trustProxy) {
		const forwarded = event.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
		if (forwarded) return forwarded;
	}
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
