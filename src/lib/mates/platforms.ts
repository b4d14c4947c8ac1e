import { siFacebook, siInstagram, siKakaotalk, siNaver, siTiktok, siX, siYoutube } from 'simple-icons';

/** The social platforms a Mate's link can point to; anything else is their own website. */
export type Platform =
	'x' | 'instagram' | 'facebook' | 'youtube' | 'tiktok' | 'naver-blog' | 'kakao' | 'website';

const hosts: [RegExp, Platform][] = [
	[/(^|\.)(x|twitter)\.com$/, 'x'],
	[/(^|\.)instagram\.com$/, 'instagram'],
	[/(^|\.)(facebook|fb)\.com$/, 'facebook'],
	[/(^|\.)(youtube\.com|youtu\.be)$/, 'youtube'],
	[/(^|\.)tiktok\.com$/, 'tiktok'],
	[/^(m\.)?blog\.naver\.com$/, 'naver-blog'],
	[/(^|\.)kakao\.com$/, 'kakao']
];

/** Which platform a link is on, from its host name (`https://www.instagram.com/…` → instagram). */
export function platformOf(url: string): Platform {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return 'website';
	}
	return hosts.find(([pattern]) => pattern.test(host))?.[1] ?? 'website';
}

/** Each platform's name and brand mark (Simple Icons, CC0), drawn in a 24 × 24 box. */
export const platformMarks: Record<Exclude<Platform, 'website'>, { name: string; path: string }> = {
	x: { name: 'X', path: siX.path },
	instagram: { name: 'Instagram', path: siInstagram.path },
	facebook: { name: 'Facebook', path: siFacebook.path },
	youtube: { name: 'YouTube', path: siYoutube.path },
	tiktok: { name: 'TikTok', path: siTiktok.path },
	'naver-blog': { name: 'Naver Blog', path: siNaver.path },
	kakao: { name: 'Kakao', path: siKakaotalk.path }
};

/** A short readable label for a link: the host without `www.`, and the handle or path if any. */
export function linkLabel(url: string): string {
	try {
		const u = new URL(url);
		const path = u.pathname.replace(/\/+$/, '');
		return u.hostname.replace(/^www\./, '') + path;
	} catch {
		return url;
	}
}
