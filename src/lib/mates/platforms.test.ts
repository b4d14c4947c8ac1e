import { describe, expect, it } from 'vitest';
import { linkLabel, platformOf } from './platforms.ts';

describe('platform detection', () => {
	it.each([
		['https://x.com/seoul_mate', 'x'],
		['https://twitter.com/seoul_mate', 'x'],
		['https://www.instagram.com/seoul.mate/', 'instagram'],
		['https://m.facebook.com/seoulmate', 'facebook'],
		['https://youtu.be/abc123', 'youtube'],
		['https://www.youtube.com/@seoulmate', 'youtube'],
		['https://www.tiktok.com/@seoulmate', 'tiktok'],
		['https://blog.naver.com/seoulmate', 'naver-blog'],
		['https://m.blog.naver.com/seoulmate', 'naver-blog'],
		['https://pf.kakao.com/_xabc', 'kakao'],
		['https://seoulmate.example.com/', 'website'],
		['https://notinstagram.com/x', 'website'],
		['https://instagram.com.evil.example/x', 'website'],
		['not a url', 'website']
	])('%s is %s', (url, platform) => {
		expect(platformOf(url)).toBe(platform);
	});

	it('labels links by host and handle', () => {
		expect(linkLabel('https://www.instagram.com/seoul.mate/')).toBe('instagram.com/seoul.mate');
		expect(linkLabel('https://seoulmate.example.com/')).toBe('seoulmate.example.com');
	});
});
