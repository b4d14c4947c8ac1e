import type { RequestHandler } from './$types';
import { tusUploadHandlers } from '#lib/web/tus-upload.ts';
import { forumWriter } from '../../writer.ts';

/** One clip upload for a forum post (tus): its writer's alone, as for stories. */
const handlers = tusUploadHandlers((event) => forumWriter(event));

export const HEAD: RequestHandler = handlers.HEAD;
export const PATCH: RequestHandler = handlers.PATCH;
export const DELETE: RequestHandler = handlers.DELETE;
export const GET: RequestHandler = handlers.GET;
