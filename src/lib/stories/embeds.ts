/**
 * Platforms whose posts are shown through the platform's own embed: YouTube, Instagram and TikTok
 * videos in stories; forum posts also show X posts (a link on its own line, `parseEmbedLink`).
 */
export const embedProviders = ['youtube', 'instagram', 'tiktok', 'x'] as const;
export type EmbedProvider = (typeof embedProviders)[number];
/** The platforms whose videos a video story may show (X posts are not videos). */
export type VideoProvider = Exclude<EmbedProvider, 'x'>;

export interface VideoEmbed<P extends EmbedProvider = EmbedProvider> {
	provider: P;
	/** The post's own address, for a plain link when the embed is not loaded. */
	url: string;
	embedId: string;
}

const youtubeId = /^[\w-]{11}$/;

/**
 * Reads a link to a YouTube video, an Instagram post or reel, or a TikTok video, as people copy it
 * from the app or the browser; null for anything else (other sites are never embedded).
 */
export function parseVideoLink(link: string): VideoEmbed<VideoProvider> | null {
	let url: URL;
	try {
		url = new URL(link.trim());
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	const host = url.hostname.replace(/^(www\.|m\.)/, '');
	const parts = url.pathname.split('/').filter(Boolean);
	if (host === 'youtu.be' || host === 'youtube.com' || host === 'youtube-nocookie.com') {
		const id =
			host === 'youtu.be'
				? parts[0]
				: parts[0] === 'watch'
					? url.searchParams.get('v')
					: ['shorts', 'embed', 'live'].includes(parts[0] ?? '')
						? parts[1]
						: null;
		return id && youtubeId.test(id)
			? { provider: 'youtube', embedId: id, url: `https://www.youtube.com/watch?v=${id}` }
			: null;
	}
	if (host === 'instagram.com') {
		const [kind, code] = parts;
		return (kind === 'p' || kind === 'reel') && code && /^[\w-]{5,40}$/.test(code)
			? {
					provider: 'instagram',
					embedId: `${kind}/${code}`,
					url: `https://www.instagram.com/${kind}/${code}/`
				}
			: null;
	}
	if (host === 'tiktok.com') {
		const at = parts.indexOf('video');
		const id = at >= 0 ? parts[at + 1] : null;
		return id && /^\d{8,25}$/.test(id) && parts[0]?.startsWith('@')
			? { provider: 'tiktok', embedId: id, url: `https://www.tiktok.com/${parts[0]}/video/${id}` }
			: null;
	}
	return null;
}

/**
 * Reads a link to a post the forum shows through its platform's embed: the videos above, or a post on
 * X (x.com or twitter.com, `/<name>/status/<number>`); null for anything else.
 */
export function parseEmbedLink(link: string): VideoEmbed | null {
	const video = parseVideoLink(link);
	if (video) return video;
	let url: URL;
	try {
		url = new URL(link.trim());
	} catch {
		return null;
	}
	const host = url.hostname.replace(/^(www\.|mobile\.)/, '');
	if ((url.protocol !== 'https:' && url.protocol !== 'http:') || (host !== 'x.com' && host !== 'twitter.com'))
		return null;
	const [name, status, id] = url.pathname.split('/').filter(Boolean);
	return name && /^\w{1,15}$/.test(name) && status === 'status' && id && /^\d{5,25}$/.test(id)
		? { provider: 'x', embedId: id, url: `https://x.com/${name}/status/${id}` }
		: null;
}

/** The address of the platform's official embed player for a post. */
export function embedPlayerUrl(e: Pick<VideoEmbed, 'provider' | 'embedId'>): string {
	switch (e.provider) {
		case 'youtube':
			return `https://www.youtube-nocookie.com/embed/${e.embedId}`;
		case 'instagram':
			return `https://www.instagram.com/${e.embedId}/embed/`;
		case 'tiktok':
			return `https://www.tiktok.com/embed/v2/${e.embedId}`;
		case 'x':
			return `https://platform.twitter.com/embed/Tweet.html?id=${e.embedId}&dnt=true`;
	}
}

/** How a platform's player is framed: what it may do in its frame, and what it learns of our page. */
export const embedFrame = {
	allow: 'encrypted-media; picture-in-picture; fullscreen',
	referrerpolicy: 'strict-origin-when-cross-origin',
	sandbox: 'allow-scripts allow-same-origin allow-popups allow-presentation'
} as const;

/** The origins embed players load from, for the Content-Security-Policy's frame-src. */
export const embedOrigins = [
	'https://www.youtube-nocookie.com',
	'https://www.instagram.com',
	'https://www.tiktok.com',
	'https://platform.twitter.com'
] as const;
