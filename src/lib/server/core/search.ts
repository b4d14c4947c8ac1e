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

/** Hangul syllables and jamo, kana, and CJK ideographs: scripts whose words are often two letters long. */
const cjkPair =
	/^[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]{2}$/u;

/**
 * Every pair of neighbouring Korean, Japanese or Chinese letters in a text, once each. Trigram indexes
 * cannot find a two-letter word such as 축제 or 서울; an index of these pairs can.
 */
export function cjkBigrams(text: string): string[] {
	const chars = [...text.toLowerCase()];
	const pairs = new Set<string>();
	for (let i = 0; i + 1 < chars.length; i++) {
		const pair = chars[i] + chars[i + 1];
		if (cjkPair.test(pair)) pairs.add(pair);
	}
	return [...pairs];
}
