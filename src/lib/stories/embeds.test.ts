import { describe, expect, it } from 'vitest';
import { embedPlayerUrl, parseVideoLink } from './embeds.ts';

describe('video links', () => {
	it('reads the links people copy from YouTube, Instagram and TikTok', () => {
		for (const link of [
			'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
			'https://youtu.be/dQw4w9WgXcQ',
			'https://m.youtube.com/shorts/dQw4w9WgXcQ'
		])
			expect(parseVideoLink(link)).toEqual({
				provider: 'youtube',
				embedId: 'dQw4w9WgXcQ',
				url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
			});
		const reel = parseVideoLink('https://www.instagram.com/reel/C8abc_DEF12/?igsh=xyz')!;
		expect(reel.embedId).toBe('reel/C8abc_DEF12');
		expect(embedPlayerUrl(reel)).toBe('https://www.instagram.com/reel/C8abc_DEF12/embed/');
		const tiktok = parseVideoLink('https://www.tiktok.com/@seoul.mate/video/7301234567890123456?lang=en')!;
		expect(embedPlayerUrl(tiktok)).toBe('https://www.tiktok.com/embed/v2/7301234567890123456');
	});

	it('refuses other sites, other pages of these sites and odd ids', () => {
		for (const link of [
			'https://vimeo.com/123456',
			'https://www.youtube.com/watch?v=short',
			'https://www.youtube.com/channel/UCabc',
			'javascript:alert(1)',
			'https://www.instagram.com/seoul/',
			'https://www.tiktok.com/@seoul.mate',
			'https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ',
			'not a link'
		])
			expect(parseVideoLink(link), link).toBeNull();
	});
});
