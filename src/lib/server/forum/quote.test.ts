import { describe, expect, it } from 'vitest';
import { documentFromText, renderDocument } from '../content/document.ts';
import { quoteOf } from './quote.ts';
import { replyInput } from './schemas.ts';

describe('quoting a post', () => {
	it('starts the reply with a quote saying who wrote it, which the reply form accepts as it is', () => {
		const post = { body: documentFromText('Meet at seven.\n\nBring water.') };
		const { doc, plain } = quoteOf(post, 'Mina wrote (post 3):');
		expect(renderDocument(doc)).toBe(
			'<blockquote><p>Mina wrote (post 3):</p><p>Meet at seven.</p><p>Bring water.</p></blockquote>\n<p></p>'
		);
		expect(plain).toBe('Mina wrote (post 3):\nMeet at seven.\nBring water.\n\n');
		expect(replyInput.safeParse({ body: JSON.stringify(doc) }).success).toBe(true);
	});
});
