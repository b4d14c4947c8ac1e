import { forumFeedHandler } from '#lib/web/forum-feed.ts';

/** RSS of the newest public topics (see forumFeedHandler). */
export const GET = forumFeedHandler;
