/**
 * Substring search that works the same in every script: a query's words, lower-cased, each matched
 * anywhere in the text (so 축제 finds "축제를", where word-based full-text search would not).
 */
export function searchTerms(q: string): string[] {
	return [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 8);
}

/** A LIKE pattern that finds the term anywhere, with LIKE's own wildcards escaped. */
export function likePattern(term: string): string {
	return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
