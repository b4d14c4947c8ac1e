import { json } from '@sveltejs/kit';
import { meResponse } from '#lib/server/api/schemas.ts';
import { AppError } from '#lib/server/core/errors.ts';
import { apiHandler } from '#lib/web/api.ts';
import type { RequestHandler } from './$types';

/** The person or integration this request is authenticated as (the area guard already answers 401). */
export const GET: RequestHandler = apiHandler(async ({ locals, request }) => {
	const viewer = locals.viewer;
	if (!viewer) throw new AppError('unauthenticated');
	const body = meResponse.parse({
		id: viewer.userId,
		name: viewer.name,
		email: viewer.email,
		roles: viewer.roles,
		departmentId: viewer.departmentId,
		authenticatedBy: request.headers.get('authorization')?.startsWith('Bearer ') ? 'token' : 'session'
	});
	return json(body, { headers: { 'cache-control': 'private, no-store', vary: 'authorization, cookie' } });
});
