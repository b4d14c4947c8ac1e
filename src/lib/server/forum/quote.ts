import { plainText, type StoryDocument, type StoryNode } from '../content/document.ts';

/** A quote leaves the quoted post's pictures and clips where they are (a post shows its own only). */
const withoutMedia = (nodes: StoryNode[]): StoryNode[] =>
	nodes
		.filter((n) => n.type !== 'image' && n.type !== 'video')
		.map((n) => (n.content ? { ...n, content: withoutMedia(n.content) } : n));

/**
 * What the reply form starts with when someone quotes a post: a quote block saying who wrote it,
 * holding that post's text, and an empty line after it to write in. The plain-text version is for
 * the editor without JavaScript.
 */
export function quoteOf(post: { body: StoryDocument }, intro: string): { doc: StoryDocument; plain: string } {
	const doc: StoryDocument = {
		type: 'doc',
		content: [
			{
				type: 'blockquote',
				content: [
					{ type: 'paragraph', content: [{ type: 'text', text: intro }] },
					...withoutMedia(post.body.content)
				]
			},
			{ type: 'paragraph' }
		]
	};
	return { doc, plain: `${intro}\n${plainText(post.body)}\n\n` };
}
