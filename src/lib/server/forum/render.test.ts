import { describe, expect, it } from 'vitest';
import { documentFromText } from '../content/document.ts';
import { renderPost } from './render.ts';

const none = { images: new Map(), videos: new Map() };
const linked = (href: string, text = href) => ({
	type: 'doc',
	content: [
		{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }] }
	]
});

describe('links on their own line in forum posts', () => {
	it('show YouTube, Instagram, TikTok and X posts as a facade that loads nothing until pressed', () => {
		const html = renderPost(documentFromText('Look:\n\nhttps://youtu.be/dQw4w9WgXcQ'), none);
		expect(html).toContain('<p>Look:</p>');
		expect(html).toContain(
			'<figure class="video-embed" data-player="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" data-provider="youtube">'
		);
		expect(html).not.toContain('<iframe');
		const x = renderPost(linked('https://twitter.com/seoulcity/status/1790000000000000000'), none);
		expect(x).toContain(
			'data-player="https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000&amp;dnt=true" data-provider="x"'
		);
		expect(x).toContain('href="https://x.com/seoulcity/status/1790000000000000000"');
	});

	it('show any other link alone on its line as a card with the site and address, escaped', () => {
		const html = renderPost(linked('https://www.visitseoul.net/en/festivals?x="<b>"'), none);
		expect(html).toBe(
			'<figure class="link-card"><a href="https://www.visitseoul.net/en/festivals?x=&quot;&lt;b&gt;&quot;" rel="noopener nofollow ugc">' +
				'<span class="link-host">visitseoul.net</span><span class="link-url">https://www.visitseoul.net/en/festivals?x=&quot;&lt;b&gt;&quot;</span></a></figure>'
		);
	});

	it('leave links inside sentences, and other schemes, as they are', () => {
		const sentence = renderPost(documentFromText('See https://youtu.be/dQw4w9WgXcQ for the parade'), none);
		expect(sentence).toBe('<p>See https://youtu.be/dQw4w9WgXcQ for the parade</p>');
		expect(renderPost(linked('https://example.com', 'my favourite site'), none)).toContain(
			'<p><a href="https://example.com"'
		);
		expect(renderPost(documentFromText('javascript:alert(1)'), none)).toBe('<p>javascript:alert(1)</p>');
	});
});
