import type { RequestHandler } from './$types';
import { tusUploadHandlers } from '#lib/web/tus-upload.ts';
import { storyWriter } from '../writer.ts';

/** One video upload into a story (tus): its writer's alone; sending bytes needs an editable story. */
const handlers = tusUploadHandlers<Parameters<RequestHandler>[0]>((event, adding) =>
	storyWriter(event, { adding })
);

export const HEAD: RequestHandler = handlers.HEAD;
export const PATCH: RequestHandler = handlers.PATCH;
export const DELETE: RequestHandler = handlers.DELETE;
export const GET: RequestHandler = handlers.GET;
