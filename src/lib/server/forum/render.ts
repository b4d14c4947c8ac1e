import { parseEmbedLink } from '../../stories/embeds.ts';
import {
	embedFigure,
	escapeHtml,
	renderDocument,
	type DocumentLabels,
	type ImageInfo,
	type StoryNode,
	type VideoInfo
} from '../content/document.ts';

/** The link a paragraph holds when it is nothing but one web address (a link on its own line). */
export function linkLineOf(n: StoryNode): string | null {
	if (n.type !== 'paragraph' || !n.content?.length) return null;
	if (n.content.some((c) => c.type !== 'text')) return null;
	const text = n.content
		.map((c) => c.text ?? '')
		.join('')
		.trim();
	const hrefs = new Set(
		n.content.flatMap((c) =>
			(c.marks ?? []).filter((m) => m.type === 'link').map((m) => String(m.attrs?.href))
		)
	);
	const href = hrefs.size === 1 ? [...hrefs][0] : hrefs.size === 0 ? text : null;
	if (!href || href.length > 2000 || !/^https?:\/\/[^\s]+$/i.test(href)) return null;
	// The line says only the address (perhaps shortened by the editor), not words around a link.
	return /^https?:\/\/\S+$/i.test(text) || text === href.replace(/^https?:\/\//i, '') ? href : null;
}

/**
 * A link on its own line as a card: the site's name and the address, one plain link. (Titles would
 * need fetching other sites from the server; not done.)
 */
function linkCard(href: string): string {
	let host: string;
	try {
		host = new URL(href).hostname.replace(/^www\./, '');
	} catch {
		return '';
	}
	const safe = escapeHtml(href);
	return (
		`<figure class="link-card"><a href="${safe}" rel="noopener nofollow ugc">` +
		`<span class="link-host">${escapeHtml(host)}</span><span class="link-url">${safe}</span></a></figure>`
	);
}

/**
 * A forum post as HTML: the stories' allow-listed rendering (pictures as responsive `<picture>`s,
 * uploaded clips in the browser's player), except that a link alone on its line becomes the
 * platform's embed (YouTube, Instagram, TikTok, X: a facade that loads nothing until pressed) or a
 * link card. Done when rendering, not stored, so every post ever written shows the same way.
 */
export function renderPost(
	body: { content?: StoryNode[] },
	media: { images: Map<string, ImageInfo>; videos: Map<string, VideoInfo> },
	labels: DocumentLabels = {}
): string {
	return (body.content ?? [])
		.map((n) => {
			const href = linkLineOf(n);
			if (!href) return renderDocument({ content: [n] }, media.images, '', labels, media.videos);
			const embed = parseEmbedLink(href);
			return embed ? embedFigure(embed, labels) : linkCard(href);
		})
		.join('\n');
}
