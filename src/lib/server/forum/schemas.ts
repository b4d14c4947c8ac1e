import { z } from 'zod';
import {
	documentFromText,
	imageIdsIn,
	plainText,
	storyDocument,
	videoIdsIn,
	type StoryNode
} from '../content/document.ts';

/** A post is shorter than an article: 20,000 characters of text. */
export const maxPostCharacters = 20_000;

/** Pictures and video clips one post may show. */
export const maxPostAttachments = 20;

/**
 * What the smaller forum toolbar does not make: headings are for stories, and a video from YouTube,
 * Instagram, TikTok or X is a link on its own line (shown through its embed, see forum/render.ts).
 * Pictures and clips uploaded here are welcome (forum/attachments.ts checks they are the writer's).
 */
const refusedInPosts = new Set(['heading', 'videoEmbed']);
const hasRefused = (nodes: StoryNode[] = []): boolean =>
	nodes.some((n) => refusedInPosts.has(n.type) || hasRefused(n.content));

/**
 * A post's text: the editor's JSON document (or, without JavaScript, plain text), checked by the
 * stories' allow-list and then by the forum's own rules: not empty (a photo alone will do), not too
 * long, no headings, at most `maxPostAttachments` pictures and clips. Each failure is one clear field
 * message; nothing is stored as HTML.
 */
const postBody = z.unknown().transform((raw, ctx) => {
	const problem = (message: string) => {
		ctx.addIssue({ code: 'custom', message });
		return z.NEVER;
	};
	// A megabyte pasted in is refused before it is parsed.
	if (typeof raw === 'string' && raw.length > maxPostCharacters * 10)
		return problem('errors.field.postTooLong');
	const parsed = storyDocument.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const tooLong = issue?.code === 'too_big' || issue?.message === 'errors.field.storyTooLong';
		return problem(
			tooLong
				? 'errors.field.postTooLong'
				: issue?.message.startsWith('errors.field.')
					? issue.message
					: 'errors.field.storyBody'
		);
	}
	const text = plainText(parsed.data);
	const media = imageIdsIn(parsed.data).length + videoIdsIn(parsed.data).length;
	if (!text.trim() && media === 0) return problem('errors.field.postEmpty');
	if (text.length > maxPostCharacters) return problem('errors.field.postTooLong');
	if (hasRefused(parsed.data.content)) return problem('errors.field.postContent');
	if (media > maxPostAttachments) return problem('errors.field.tooManyAttachments');
	return parsed.data;
});

/** The editor sends `body` (JSON); the plain text box without JavaScript sends `bodyText`. */
const withBody = (v: unknown) => {
	if (!v || typeof v !== 'object') return v;
	const raw = v as Record<string, unknown>;
	const text = typeof raw.bodyText === 'string' ? raw.bodyText : '';
	return { ...raw, body: raw.body ? raw.body : documentFromText(text) };
};

/** A reply: its text alone. */
export const replyInput = z.preprocess(withBody, z.object({ body: postBody }));

/** A new topic: the category (checked against what the person may start topics in), a title, the text. */
export const startTopicInput = z.preprocess(
	withBody,
	z.object({
		category: z.string({ error: 'errors.field.forumCategory' }).trim().min(1, 'errors.field.forumCategory'),
		title: z.string().trim().min(1, 'errors.field.required').max(160),
		body: postBody
	})
);

/** A page number from the query string; anything else is the first page (or the reader's next). */
export const pageQuery = z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined);

/** Which topic an address names: /forum/t/42-some-title → 42. */
export function topicIdFrom(param: string): number | null {
	const m = /^(\d{1,9})(?:-|$)/.exec(param);
	return m ? Number(m[1]) : null;
}
