import { json } from '@sveltejs/kit';
import { liveness } from '#lib/server/ops/health.ts';
import type { RequestHandler } from './$types';

/** Liveness: 200 whenever the process runs. Never touches the database (that is /readyz). */
export const GET: RequestHandler = () => json(liveness(), { headers: { 'cache-control': 'no-store' } });
