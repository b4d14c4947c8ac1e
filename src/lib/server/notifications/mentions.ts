import type { StoryDocument, StoryNode } from '../content/document.ts';

/**
 * Mentions in forum posts. A person is mentioned by their handle, which is the address of their
 * Mate page (the profile slug, e.g. `@maria-gonzalez` for /mates/maria-gonzalez): it is unique,
 * stable, already public, and made of letters, digits and hyphens in any script. People without a
 * Mate page (applicants, staff) have no handle.
 */

/** `@handle` after a space, punctuation or the start: not inside an email address or a word. */
const pattern = /(^|[^\p{L}\p{N}_@./-])@([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)/gu;

/** At most this many people are told about one post, so a post cannot page the whole programme. */
export const maxMentionsPerPost = 20;

/**
 * The handles a post mentions, lower-cased, in order, without repeats. Text inside a quote does not
 * count: quoting a post that named someone does not name them again.
 */
export function handlesIn(doc: { content?: StoryNode[] }): string[] {
	const found = new Set<string>();
	const walk = (n: StoryNode) => {
		if (n.type === 'blockquote') return;
		if (n.type === 'text' && n.text) for (const m of n.text.matchAll(pattern)) found.add(m[2].toLowerCase());
		n.content?.forEach(walk);
	};
	doc.content?.forEach(walk);
	return [...found].slice(0, maxMentionsPerPost);
}

/** Every `@handle` in a post's text, quotes included (those are linked too), lower-cased. */
export function allHandlesIn(doc: { content?: StoryNode[] }): string[] {
	const found = new Set<string>();
	const walk = (n: StoryNode) => {
		if (n.type === 'text' && n.text) for (const m of n.text.matchAll(pattern)) found.add(m[2].toLowerCase());
		n.content?.forEach(walk);
	};
	doc.content?.forEach(walk);
	return [...found];
}

type Mark = NonNullable<StoryNode['marks']>[number];

/** One text node split so that each known `@handle` carries a mention mark (other marks kept). */
function splitText(n: StoryNode, known: Set<string>): StoryNode[] {
	const marks = (n.marks ?? []).filter((m) => m.type !== 'mention');
	const base = (text: string, extra: Mark[] = []): StoryNode => {
		const all = [...marks, ...extra];
		return all.length ? { type: 'text', text, marks: all } : { type: 'text', text };
	};
	const text = n.text ?? '';
	// A link the writer made stays as it is.
	if (marks.some((m) => m.type === 'link')) return [base(text)];
	const out: StoryNode[] = [];
	let at = 0;
	for (const m of text.matchAll(pattern)) {
		const handle = m[2].toLowerCase();
		if (!known.has(handle)) continue;
		const start = m.index + m[1].length;
		const end = start + 1 + m[2].length;
		if (start > at) out.push(base(text.slice(at, start)));
		out.push(base(text.slice(start, end), [{ type: 'mention', attrs: { handle } }]));
		at = end;
	}
	if (at < text.length) out.push(base(text.slice(at)));
	return out;
}

/**
 * The post with each `@handle` of a known person marked as a mention (shown as a link to their
 * page), and mention marks on anything else removed: the server decides what is a mention, whatever
 * the editor sent.
 */
export function linkMentions(doc: StoryDocument, known: Set<string>): StoryDocument {
	const visit = (n: StoryNode): StoryNode[] => {
		if (n.type === 'text') return splitText(n, known);
		return n.content ? [{ ...n, content: n.content.flatMap(visit) }] : [n];
	};
	return { ...doc, content: doc.content.flatMap(visit) };
}
