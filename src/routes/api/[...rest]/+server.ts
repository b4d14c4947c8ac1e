import { apiError } from '#lib/web/api.ts';
import type { RequestHandler } from './$types';

/** Any /api path no endpoint answers: a JSON 404 for every method, never the HTML error page. */
export const fallback: RequestHandler = ({ locals }) => apiError('not_found', locals.t);
