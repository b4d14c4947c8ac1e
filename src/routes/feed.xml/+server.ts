import { feedHandler } from '#lib/web/feeds.ts';

/** RSS 2.0 of the newest stories (site-wide, or `?mate=`, `?topic=`, `?district=`). */
export const GET = feedHandler('rss');
