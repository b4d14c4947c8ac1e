import { feedHandler } from '#lib/web/feeds.ts';

/** Atom 1.0 of the newest stories (site-wide, or `?mate=`, `?topic=`, `?district=`). */
export const GET = feedHandler('atom');
