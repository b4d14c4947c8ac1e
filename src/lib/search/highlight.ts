/** A piece of text, marked when it matched the search. */
export interface TextPart {
	text: string;
	mark: boolean;
}

/**
 * Splits text into plain and matching parts (case-insensitive), so a page can wrap the matches in
 * `<mark>` without building HTML from strings.
 */
export function highlightParts(text: string, terms: string[]): TextPart[] {
	const lower = text.toLowerCase();
	const marked = new Array<boolean>(text.length).fill(false);
	for (const term of terms.filter(Boolean)) {
		for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length))
			marked.fill(true, at, at + term.length);
	}
	const parts: TextPart[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = parts.at(-1);
		if (last && last.mark === marked[i]) last.text += text[i];
		else parts.push({ text: text[i], mark: marked[i] });
	}
	return parts;
}

/** About `radius` characters either side of the first match, with ellipses where text was cut. */
export function snippetAround(text: string, terms: string[], radius = 90): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const lower = flat.toLowerCase();
	const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0));
	if (!Number.isFinite(first)) return flat.slice(0, radius * 2) + (flat.length > radius * 2 ? '…' : '');
	const start = Math.max(0, first - radius);
	const end = Math.min(flat.length, first + radius);
	return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
