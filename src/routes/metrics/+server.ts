import { app } from '#lib/server/app.ts';
import { metricsAccessAllowed } from '#lib/server/ops/health.ts';
import type { RequestHandler } from './$types';

/**
 * Prometheus metrics. With METRICS_TOKEN set, scrapers send `Authorization: Bearer <token>`; without it
 * the endpoint is open and must be kept off the public internet by the proxy (see .env.example).
 */
export const GET: RequestHandler = async ({ request }) => {
	const { env, metrics } = app();
	if (!metricsAccessAllowed(env.METRICS_TOKEN, request.headers.get('authorization'))) {
		return new Response('Unauthorized\n', {
			status: 401,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' }
		});
	}
	return new Response(await metrics.registry.metrics(), {
		headers: { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }
	});
};
