import { plainText, type StoryDocument } from '../stories/document.ts';

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
				content: [{ type: 'paragraph', content: [{ type: 'text', text: intro }] }, ...post.body.content]
			},
			{ type: 'paragraph' }
		]
	};
	return { doc, plain: `${intro}\n${plainText(post.body)}\n\n` };
}
