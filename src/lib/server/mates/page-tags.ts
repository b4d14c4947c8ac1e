/** Tags for the page cache (core/page-cache.ts): what a public page shows of Mates. */

/** Anything showing this Mate's profile: their page, their author card on story pages. */
export const mateTag = (userId: string) => `mate:${userId}`;

/** Any page listing Mates: the directory, the home page's Mates by country. */
export const mateListTag = 'mates';
