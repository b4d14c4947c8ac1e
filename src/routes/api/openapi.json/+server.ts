import { json } from '@sveltejs/kit';
import { app } from '#lib/server/app.ts';
import { openApiDocument } from '#lib/server/api/openapi.ts';
import { version } from '../../../../package.json';
import type { RequestHandler } from './$types';

let document: ReturnType<typeof openApiDocument> | undefined;

/** The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas that validate it. */
export const GET: RequestHandler = () => {
	document ??= openApiDocument(app().env.ORIGIN, version);
	return json(document, { headers: { 'cache-control': 'public, max-age=300' } });
};
