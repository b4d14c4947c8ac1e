import { json } from '@sveltejs/kit';
import { app } from '#lib/server/app.ts';
import { checkReadiness } from '#lib/server/ops/health.ts';
import type { RequestHandler } from './$types';

/** Readiness: 200 when the database answers and its migrations are current, else 503 (no details leak). */
export const GET: RequestHandler = async () => {
	const { ready, checks } = await checkReadiness(app().handle);
	return json(
		{ status: ready ? 'ok' : 'unavailable', checks },
		{ status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
