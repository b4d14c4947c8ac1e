import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { apiHandler } from '#lib/web/api.ts';
import { publicDocumentHeaders } from '#lib/web/credentials.ts';

/** The city's credential signing keys as a JWK Set (RFC 7517): every `kid` in a credential is here. Public. */
export const GET: RequestHandler = apiHandler(async () =>
	json(await app().credentials.jwks(), { headers: publicDocumentHeaders })
);
