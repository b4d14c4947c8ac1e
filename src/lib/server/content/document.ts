import { z } from 'zod';
import { pictureSources } from '../../media/pictures.ts';
import { embedPlayerUrl, parseVideoLink, type EmbedProvider, type VideoEmbed } from '../../stories/embeds.ts';

/**
 * Shared by stories and forum posts (the `content` module holds what both write with): an article
 * body as the editor (TipTap) sends it: structured JSON, checked against an allow-list of
 * nodes and marks, and turned into HTML only here on the server. Client HTML is never stored or
 * trusted; anything outside the list is refused, not silently dropped.
 */
export interface StoryNode {
	type: string;
	attrs?: Record<string, unknown>;
	content?: StoryNode[];
	text?: string;
	marks?: { type: string; attrs?: Record<string, unknown> }[];
}
export type StoryDocument = { type: 'doc'; content: StoryNode[] };

const blockTypes = [
	'paragraph',
	'heading',
	'bulletList',
	'orderedList',
	'listItem',
	'blockquote',
	'horizontalRule',
	'image',
	'videoEmbed',
	'video'
];
const inlineTypes = ['text', 'hardBreak'];
const markTypes = ['bold', 'italic', 'underline', 'strike', 'link', 'mention'];
export const maxBodyCharacters = 60_000;

/** Images in a story are always our own uploads, addressed by id; nothing is loaded from elsewhere. */
const imageSrc = /^\/media\/images\/([0-9a-f-]{36})\/master\.jpg$/;

/** A video clip in the text is an uploaded file too (forum posts): its original, by id. */
const videoSrc = /^\/media\/videos\/([0-9a-f-]{36})\/original\.(mp4|mov|webm)$/;

const idsIn = (doc: { content?: StoryNode[] }, type: string, src: RegExp): string[] => {
	const ids: string[] = [];
	const walk = (n: StoryNode) => {
		const id = n.type === type ? src.exec(String(n.attrs?.src ?? ''))?.[1] : undefined;
		if (id) ids.push(id);
		n.content?.forEach(walk);
	};
	doc.content?.forEach(walk);
	return [...new Set(ids)];
};

/** The uploaded image ids a document shows, to look up their sizes and variants for rendering. */
export const imageIdsIn = (doc: { content?: StoryNode[] }) => idsIn(doc, 'image', imageSrc);

/** The uploaded video ids a document shows (clips in forum posts), for posters and sizes. */
export const videoIdsIn = (doc: { content?: StoryNode[] }) => idsIn(doc, 'video', videoSrc);

/**
 * A video inside the text keeps only the link the writer pasted; which platform and which post it is
 * are worked out here again, so nothing but a YouTube, Instagram or TikTok post is ever embedded.
 */
const videoOf = (n: StoryNode) => {
	const url = n.attrs?.url;
	return typeof url === 'string' && url.length <= 2000 ? parseVideoLink(url) : null;
};
const onlyAttr = (name: string) => (n: StoryNode) =>
	Object.keys(n.attrs ?? {}).every((k) => k === name) && !n.content && n.text === undefined && !n.marks;
const onlyUrl = onlyAttr('url');
const onlySrc = onlyAttr('src');

const safeHref = (href: unknown) =>
	typeof href === 'string' && /^(https?:\/\/|mailto:)[^\s]+$/i.test(href) && href.length <= 2000;

/**
 * A person's handle in a forum post (`@maria-gonzalez`): their Mate page's address. The forum marks
 * the `@handle` text with a `mention` mark, rendered as a link to that page.
 */
export const mentionHandle = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const safeMention = (handle: unknown) =>
	typeof handle === 'string' && handle.length <= 80 && mentionHandle.test(handle);

const mark = z
	.object({ type: z.enum(markTypes), attrs: z.record(z.string(), z.unknown()).optional() })
	.refine((m) => m.type !== 'link' || safeHref(m.attrs?.href), 'errors.field.storyLink')
	.refine((m) => m.type !== 'mention' || safeMention(m.attrs?.handle), 'errors.field.storyBody');

const node: z.ZodType<StoryNode> = z.lazy(() =>
	z
		.object({
			type: z.enum([...blockTypes, ...inlineTypes], { error: 'errors.field.storyBody' }),
			attrs: z.record(z.string(), z.unknown()).optional(),
			content: z.array(node).max(2000).optional(),
			text: z.string().max(maxBodyCharacters).optional(),
			marks: z.array(mark).max(10).optional()
		})
		.refine((n) => n.type !== 'heading' || [2, 3].includes(Number(n.attrs?.level)), 'errors.field.storyBody')
		.refine((n) => n.type !== 'text' || typeof n.text === 'string', 'errors.field.storyBody')
		.refine((n) => n.type !== 'image' || imageSrc.test(String(n.attrs?.src ?? '')), 'errors.field.storyImage')
		.refine((n) => n.type !== 'videoEmbed' || (onlyUrl(n) && videoOf(n) !== null), 'errors.field.videoLink')
		.refine(
			(n) => n.type !== 'video' || (onlySrc(n) && videoSrc.test(String(n.attrs?.src))),
			'errors.field.storyVideo'
		)
		.refine(
			(n) =>
				n.type !== 'image' ||
				(typeof n.attrs?.alt === 'string' && n.attrs.alt.trim().length > 0 && n.attrs.alt.length <= 300),
			'errors.field.imageAlt'
		)
);

/** The whole document, capped in size; a JSON string (from the form's hidden field) is parsed first. */
export const storyDocument = z.preprocess(
	(v) => {
		if (typeof v !== 'string') return v;
		try {
			return JSON.parse(v);
		} catch {
			return null;
		}
	},
	z
		// An empty editor sends { type: 'doc' } without content.
		.object(
			{ type: z.literal('doc'), content: z.array(node).max(2000).default([]) },
			{ error: 'errors.field.storyBody' }
		)
		.refine((d) => plainText(d).length <= maxBodyCharacters, 'errors.field.storyTooLong')
) as z.ZodType<StoryDocument>;

/** A document from plain text (the no-JavaScript editor): blank lines separate paragraphs. */
export function documentFromText(text: string): StoryDocument {
	const paragraphs = text
		.replace(/\r\n/g, '\n')
		.split(/\n{2,}/)
		.map((p) => p.trim())
		.filter(Boolean);
	return {
		type: 'doc',
		content: paragraphs.map((p) => ({
			type: 'paragraph',
			content: p
				.split('\n')
				.flatMap((line, i) => [
					...(i > 0 ? [{ type: 'hardBreak' }] : []),
					...(line ? [{ type: 'text', text: line }] : [])
				])
		}))
	};
}

/** The words of a document, for search, summaries and word counts. */
export function plainText(doc: { content?: StoryNode[] }): string {
	const out: string[] = [];
	const walk = (n: StoryNode) => {
		if (n.text) out.push(n.text);
		if (n.type === 'hardBreak') out.push('\n');
		n.content?.forEach(walk);
		if (blockTypes.includes(n.type)) out.push('\n');
	};
	doc.content?.forEach(walk);
	return out
		.join('')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * The start of a text where the rest is a link away (review queues, notification emails): at most
 * `length` characters, ending in an ellipsis when cut; `oneLine` folds line breaks and runs of spaces.
 */
export function excerpt(text: string, length: number, { oneLine = false } = {}): string {
	const shown = oneLine ? text.replace(/\s+/g, ' ').trim() : text;
	return shown.length > length ? `${shown.slice(0, length - 1).trimEnd()}…` : shown;
}

/** Text as HTML, every special character escaped. */
export const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const tags: Record<string, string> = {
	paragraph: 'p',
	bulletList: 'ul',
	orderedList: 'ol',
	listItem: 'li',
	blockquote: 'blockquote'
};

function renderText(n: StoryNode): string {
	let html = escapeHtml(n.text ?? '');
	for (const m of n.marks ?? []) {
		if (m.type === 'bold') html = `<strong>${html}</strong>`;
		else if (m.type === 'italic') html = `<em>${html}</em>`;
		else if (m.type === 'underline') html = `<u>${html}</u>`;
		else if (m.type === 'strike') html = `<s>${html}</s>`;
		else if (m.type === 'link' && safeHref(m.attrs?.href))
			html = `<a href="${escapeHtml(String(m.attrs!.href))}" rel="noopener nofollow ugc">${html}</a>`;
		else if (m.type === 'mention' && safeMention(m.attrs?.handle))
			html = `<a class="mention" href="/mates/${encodeURIComponent(String(m.attrs!.handle))}">${html}</a>`;
	}
	return html;
}

/** What rendering needs to know of an uploaded image: its size and which variants exist. */
export interface ImageInfo {
	width: number;
	height: number;
	widths: number[];
}

/**
 * An uploaded image as an HTML `<figure>`: a responsive `<picture>` once its variants exist (the plain
 * master before), size set, lazy, with an escaped description and optional caption.
 */
export function pictureHtml(
	picture: { id: string } & ImageInfo,
	alt: string,
	origin = '',
	caption = ''
): string {
	const p = pictureSources(picture, origin);
	const size = `width="${picture.width}" height="${picture.height}"`;
	const described = `alt="${escapeHtml(alt)}" ${size} loading="lazy" decoding="async"`;
	const sizes = '(min-width: 48rem) 44rem, 100vw';
	const body = p.avif
		? `<picture>` +
			`<source type="image/avif" srcset="${p.avif}" sizes="${sizes}">` +
			`<source type="image/webp" srcset="${p.webp}" sizes="${sizes}">` +
			`<img src="${p.src}" srcset="${p.jpg}" sizes="${sizes}" ${described}>` +
			`</picture>`
		: `<img src="${p.src}" ${described}>`;
	return `<figure>${body}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
}

function renderImage(n: StoryNode, images: Map<string, ImageInfo>, origin: string): string {
	const id = imageSrc.exec(String(n.attrs?.src ?? ''))?.[1];
	const info = id ? images.get(id) : undefined;
	return id && info ? pictureHtml({ id, ...info }, String(n.attrs?.alt ?? ''), origin) : '';
}

/** What rendering needs to know of an uploaded video clip: its size, type and whether it has a poster. */
export interface VideoInfo {
	width: number;
	height: number;
	mime: string;
	hasPoster: boolean;
}

/**
 * An uploaded clip in the browser's own player: nothing plays or downloads until asked (only its
 * first bytes, for the length), the poster frame once the job has taken it, and a download link for
 * browsers that cannot play it.
 */
function renderClip(
	n: StoryNode,
	videos: Map<string, VideoInfo>,
	origin: string,
	labels: DocumentLabels
): string {
	const m = videoSrc.exec(String(n.attrs?.src ?? ''));
	if (!m) return '';
	const info = videos.get(m[1]);
	const src = `${origin}${m[0]}`;
	const poster = info?.hasPoster ? ` poster="${origin}/media/videos/${m[1]}/poster.jpg"` : '';
	const size = info ? ` width="${info.width}" height="${info.height}"` : '';
	const type = info ? ` type="${escapeHtml(info.mime)}"` : '';
	return (
		`<figure class="video-clip"><video controls preload="metadata" playsinline${poster}${size}>` +
		`<source src="${src}"${type}><a href="${src}">${escapeHtml(labels.download ?? 'Download the video')}</a>` +
		`</video></figure>`
	);
}

/** Words around a video in the text; without them the link shows the platform's name alone. */
export interface DocumentLabels {
	/** The link to the post on its platform, e.g. "Watch on YouTube". */
	watchOn?: (provider: string) => string;
	/** The link inside an uploaded clip's player, for browsers that cannot play it. */
	download?: string;
}

export const providerNames: Record<EmbedProvider, string> = {
	youtube: 'YouTube',
	instagram: 'Instagram',
	tiktok: 'TikTok',
	x: 'X'
};

/**
 * A video as a facade: a plain link to the post, with the embed player's address kept in a data
 * attribute. Nothing is loaded from the platform until a visitor asks for it (StoryArticle.svelte turns
 * the figure into a play button); without JavaScript, and in feeds, the link remains.
 */
function renderVideo(n: StoryNode, labels: DocumentLabels): string {
	const video = videoOf(n);
	return video ? embedFigure(video, labels) : '';
}

/** The facade of a platform's post (see renderVideo); forum posts use it for links on their own line. */
export function embedFigure(video: VideoEmbed, labels: DocumentLabels = {}): string {
	const name = providerNames[video.provider];
	const text = labels.watchOn?.(name) ?? name;
	return (
		`<figure class="video-embed" data-player="${escapeHtml(embedPlayerUrl(video))}" data-provider="${video.provider}">` +
		`<a href="${escapeHtml(video.url)}" rel="noopener" target="_blank">${escapeHtml(text)}</a>` +
		`</figure>`
	);
}

interface RenderContext {
	images: Map<string, ImageInfo>;
	videos: Map<string, VideoInfo>;
	origin: string;
	labels: DocumentLabels;
}

function renderNode(n: StoryNode, cx: RenderContext): string {
	if (n.type === 'image') return renderImage(n, cx.images, cx.origin);
	if (n.type === 'videoEmbed') return renderVideo(n, cx.labels);
	if (n.type === 'video') return renderClip(n, cx.videos, cx.origin, cx.labels);
	if (n.type === 'text') return renderText(n);
	if (n.type === 'hardBreak') return '<br>';
	if (n.type === 'horizontalRule') return '<hr>';
	const inner = (n.content ?? []).map((c) => renderNode(c, cx)).join('');
	if (n.type === 'heading') {
		const level = Number(n.attrs?.level) === 3 ? 3 : 2;
		return `<h${level}>${inner}</h${level}>`;
	}
	const tag = tags[n.type];
	return tag ? `<${tag}>${inner}</${tag}>` : '';
}

/**
 * The document as HTML: only the allow-listed elements, every text escaped, links checked again, and
 * images as responsive `<picture>`s (AVIF, WebP, JPEG at several widths) with their size set. Feeds
 * pass the site's origin, so pictures keep working wherever the HTML is read. Videos are facades (see
 * renderVideo), their link worded by `labels` when the caller has a translator. Uploaded clips (forum
 * posts) play in the browser's own player, with their poster and size from `videos`.
 */
export function renderDocument(
	doc: { content?: StoryNode[] },
	images: Map<string, ImageInfo> = new Map(),
	origin = '',
	labels: DocumentLabels = {},
	videos: Map<string, VideoInfo> = new Map()
): string {
	return (doc.content ?? []).map((n) => renderNode(n, { images, videos, origin, labels })).join('\n');
}
