import { json } from '@sveltejs/kit';
import { operations } from '#lib/server/api/openapi.ts';
import type { RequestHandler } from './$types';

const index = {
	name: 'Sotong API',
	version: 'v1',
	openapi: '/api/openapi.json',
	authentication: 'Authorization: Bearer <API token created in the staff console>, or a signed-in session',
	operations: operations.map((op) => ({
		method: op.method.toUpperCase(),
		path: op.path,
		operationId: op.operationId,
		summary: op.summary,
		authenticated: !op.public
	}))
};

/** A small, public index of the API: where its OpenAPI document is and which operations exist. */
export const GET: RequestHandler = () => json(index, { headers: { 'cache-control': 'public, max-age=300' } });
