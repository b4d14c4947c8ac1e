import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { apiHandler } from '#lib/web/api.ts';
import { verificationResponse } from '#lib/web/credentials.ts';

/** `/verify/<id>` for machines (Accept: application/json): status, facts and the compact JWT. Public. */
export const GET: RequestHandler = apiHandler(async ({ params }) =>
	verificationResponse(await app().credentials.verifyById(params.id))
);
