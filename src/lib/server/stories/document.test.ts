import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { renderDocument, storyDocument } from '../content/document.ts';
import { saveStoryInput } from './schemas.ts';

const video = (attrs: Record<string, unknown>) => ({ type: 'doc', content: [{ type: 'videoEmbed', attrs }] });

/** The field error a story with this body is refused with, or null when it is accepted. */
function bodyError(body: unknown): string | null {
	try {
		parseInput(saveStoryInput, { title: 'A story', language: 'en', body: JSON.stringify(body) });
		return null;
	} catch (err) {
		if (!(err instanceof AppError)) throw err;
		return (err.fields?.body as { key?: string } | undefined)?.key ?? err.code;
	}
}

describe('videos inside the text', () => {
	it('render as a facade: the nocookie player kept aside, a plain link to the post', () => {
		const doc = storyDocument.parse(video({ url: 'https://youtu.be/dQw4w9WgXcQ?t=42' }));
		const html = renderDocument(doc);
		expect(html).toBe(
			'<figure class="video-embed" data-player="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" data-provider="youtube">' +
				'<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener" target="_blank">YouTube</a></figure>'
		);
		expect(html).not.toContain('<iframe');
	});

	it('word the link with the labels given, escaped', () => {
		const doc = storyDocument.parse(
			video({ url: 'https://www.tiktok.com/@seoul.eats/video/7312345678901234567' })
		);
		const html = renderDocument(doc, new Map(), '', { watchOn: (p) => `Watch on ${p} <now>` });
		expect(html).toContain('data-player="https://www.tiktok.com/embed/v2/7312345678901234567"');
		expect(html).toContain('>Watch on TikTok &lt;now&gt;</a>');
	});

	it('accept YouTube, Instagram and TikTok links and refuse every other', () => {
		expect(bodyError(video({ url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }))).toBeNull();
		expect(bodyError(video({ url: 'https://www.instagram.com/reel/C1a2b3c4d5E/' }))).toBeNull();
		expect(bodyError(video({ url: 'https://vimeo.com/76979871' }))).toBe('errors.field.videoLink');
		expect(bodyError(video({ url: 'javascript:alert(1)//youtu.be/dQw4w9WgXcQ' }))).toBe(
			'errors.field.videoLink'
		);
		expect(bodyError(video({}))).toBe('errors.field.videoLink');
		expect(bodyError(video({ url: 42 }))).toBe('errors.field.videoLink');
	});

	it('carry the link only: other attributes and content are refused', () => {
		expect(bodyError(video({ url: 'https://youtu.be/dQw4w9WgXcQ', player: 'https://evil.example/' }))).toBe(
			'errors.field.videoLink'
		);
		expect(
			bodyError({
				type: 'doc',
				content: [
					{
						type: 'videoEmbed',
						attrs: { url: 'https://youtu.be/dQw4w9WgXcQ' },
						content: [{ type: 'text', text: 'x' }]
					}
				]
			})
		).toBe('errors.field.videoLink');
	});

	it('cannot inject attributes or markup through the link', () => {
		for (const url of [
			'https://www.youtube.com/watch?v=dQw4w9WgXcQ" onload="alert(1)',
			'https://www.youtube.com/watch?v=dQw4w9WgXcQ&x="><script>alert(1)</script>',
			'https://www.youtube.com/embed/dQw4w9WgX"Q',
			'https://www.instagram.com/p/abc"de/'
		]) {
			// Whatever parses is rebuilt from the id alone; anything else renders nothing.
			const html = renderDocument({ content: [{ type: 'videoEmbed', attrs: { url } }] });
			expect(html).not.toMatch(/onload|<script|"[^ >]*"[^ >]/);
			expect(html === '' || html.includes('watch?v=dQw4w9WgXcQ"')).toBe(true);
		}
	});
});
