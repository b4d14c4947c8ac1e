import { feedHandler } from '#lib/web/feeds.ts';

/** JSON Feed of the newest stories (site-wide, or `?mate=`, `?topic=`, `?district=`). */
export const GET = feedHandler('json');
