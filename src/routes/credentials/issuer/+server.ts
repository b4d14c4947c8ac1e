import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { apiHandler } from '#lib/web/api.ts';
import { publicDocumentHeaders } from '#lib/web/credentials.ts';

/** The issuer's Open Badges profile (name, URL, image, public keys), the `issuer.id` of every credential. Public. */
export const GET: RequestHandler = apiHandler(async () =>
	json(await app().credentials.issuer(), { headers: publicDocumentHeaders })
);
