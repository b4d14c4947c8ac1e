/** Tags for the page cache (core/page-cache.ts): what a public page shows of stories. */

/** A story's own page. */
export const storyPageTag = (storyId: string) => `story:${storyId}`;

/** Any page listing stories: home, browse, a Mate's page, related stories. */
export const storyListTag = 'stories';
