import { eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import type { MediaClaim } from '../media/claims.ts';
import {
	imageIdsIn,
	videoIdsIn,
	type ImageInfo,
	type StoryDocument,
	type VideoInfo
} from '../content/document.ts';
import { forumDraft } from './extras-schema.ts';
import { forumPendingPost } from './moderation-schema.ts';
import { forumPolicy, type ForumReader } from './policy.ts';
import { forumCategory, forumPost, forumTopic } from './schema.ts';

/**
 * Pictures and video clips in forum posts, through the same media pipeline as stories. A writer
 * uploads into their own forum uploads (`forum-draft:<user>`: seen by them alone); posting moves the
 * files the post shows to the post (`forum-post:<post>`), after checking each is the writer's own.
 * From then on a file is seen by exactly those who may read the post's category.
 */

/** Where a writer's forum uploads wait until a post shows them. */
export const draftSubject = (userId: string) => `forum-draft:${userId}`;
/** What a posted picture or clip belongs to. */
export const postSubject = (postId: string) => `forum-post:${postId}`;

/** Longest clip a post takes, and its largest file (under the administrator's own limit). */
export const forumClipLimits = { maxSeconds: 180, maxBytes: 200 * 1024 * 1024 };

/** What the forum asks of the media module (wired in app.ts), so it never touches media tables. */
export interface ForumMedia {
	claim(tx: Executor, claim: MediaClaim): Promise<boolean>;
	images(ids: string[]): Promise<Map<string, ImageInfo>>;
	videos(ids: string[]): Promise<Map<string, VideoInfo>>;
}

const notYours = () =>
	new AppError('validation_failed', 'Media not uploaded by the writer for this post', {
		fields: { body: { key: 'errors.field.postMedia' } }
	});

/**
 * Moves the pictures and clips a post shows to the post, inside its transaction: each must be the
 * writer's own upload waiting in their forum uploads, or already this post's (an edit). Anything else
 * (someone else's file, a story's picture, a guessed id) refuses the post and changes nothing.
 */
export async function attachPostMedia(
	tx: Executor,
	media: ForumMedia | undefined,
	post: { writerId: string; postId: string; body: StoryDocument }
) {
	const images = imageIdsIn(post.body);
	const videos = videoIdsIn(post.body);
	if (images.length + videos.length === 0) return;
	if (!media) throw notYours();
	const claimed = await media.claim(tx, {
		ownerId: post.writerId,
		images,
		videos,
		from: [draftSubject(post.writerId), postSubject(post.postId)],
		to: postSubject(post.postId)
	});
	if (!claimed) throw notYours();
}

/** Who may see forum files, and which files a forum subject still shows. */
export function createForumAttachments({ db }: { db: Database }) {
	return {
		/**
		 * Whether a reader may see a file of a forum subject: a post's files whoever may read its
		 * category (a visitor a public one; Mates the Mates' ones; staff all), uploads not posted yet
		 * their writer alone.
		 */
		async forumFileVisibleTo(subject: string, reader: ForumReader): Promise<boolean> {
			const [kind, id] = subject.split(':');
			if (kind === 'forum-draft') return !!reader.userId && reader.userId === id;
			if (kind !== 'forum-post' || !id) return false;
			const [row] = await db
				.select({
					visibility: forumCategory.visibility,
					hiddenAt: forumPost.hiddenAt,
					authorId: forumPost.authorId,
					deletedAt: forumTopic.deletedAt
				})
				.from(forumPost)
				.innerJoin(forumTopic, eq(forumTopic.id, forumPost.topicId))
				.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
				.where(eq(forumPost.id, id));
			if (!row || !forumPolicy.canRead(reader.access, row)) return false;
			// A hidden post's files, like its text, are for its writer and moderators only.
			const hidden = !!row.hiddenAt || !!row.deletedAt;
			return !hidden || !!reader.moderator || (!!reader.userId && reader.userId === row.authorId);
		},

		/**
		 * The media ids a forum subject still shows (the unused-upload check keeps these): a post's
		 * text, or the writer's saved drafts. Null for a subject the forum does not know.
		 */
		async forumMediaInUse(subject: string): Promise<Set<string> | null> {
			const [kind, id] = subject.split(':');
			if (!id) return null;
			const docs: StoryDocument[] =
				kind === 'forum-post'
					? [
							...(await db.select({ body: forumPost.body }).from(forumPost).where(eq(forumPost.id, id))),
							// A post waiting for approval already holds its pictures under its future id.
							...(await db
								.select({ body: forumPendingPost.body })
								.from(forumPendingPost)
								.where(eq(forumPendingPost.id, id)))
						].map((r) => r.body)
					: kind === 'forum-draft'
						? (
								await db.select({ body: forumDraft.body }).from(forumDraft).where(eq(forumDraft.userId, id))
							).map((r) => r.body)
						: [];
			if (kind !== 'forum-post' && kind !== 'forum-draft') return null;
			return new Set(docs.flatMap((d) => [...imageIdsIn(d), ...videoIdsIn(d)]));
		}
	};
}

/** Which of these media subjects are forum posts that still exist (their files outlive an account). */
export async function forumSubjectsInUse(db: Executor, subjects: string[]): Promise<Set<string>> {
	const ids = subjects.flatMap((s) => (s.startsWith('forum-post:') ? [s.slice('forum-post:'.length)] : []));
	if (ids.length === 0) return new Set();
	const rows = [
		...(await db.select({ id: forumPost.id }).from(forumPost).where(inArray(forumPost.id, ids))),
		...(await db
			.select({ id: forumPendingPost.id })
			.from(forumPendingPost)
			.where(inArray(forumPendingPost.id, ids)))
	];
	return new Set(rows.map((r) => postSubject(r.id)));
}

/** The rendering facts of the pictures and clips some posts show, in two queries. */
export async function mediaOfPosts(media: ForumMedia | undefined, bodies: StoryDocument[]) {
	const images = [...new Set(bodies.flatMap(imageIdsIn))];
	const videos = [...new Set(bodies.flatMap(videoIdsIn))];
	return {
		images: media && images.length ? await media.images(images) : new Map<string, ImageInfo>(),
		videos: media && videos.length ? await media.videos(videos) : new Map<string, VideoInfo>()
	};
}
