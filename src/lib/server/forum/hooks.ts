import type { StoryDocument } from '../content/document.ts';

/** A post that has just been committed: what other modules (notifications) need to act on it. */
export interface PostedEvent {
	postId: string;
	topicId: number;
	categoryId: string;
	/** 1 for the first post of a new topic. */
	number: number;
	authorId: string;
	body: StoryDocument;
}

/**
 * What other modules add to writing in the forum, without the forum knowing them: the notifications
 * module marks mentions in a post before it is stored, and tells people about it once it is
 * committed. Both are optional; the forum works without them.
 */
export interface ForumHooks {
	/** Rewrites a checked post before it is stored (runs before the transaction). */
	preparePost?(body: StoryDocument): Promise<StoryDocument>;
	/** Runs after the post is committed; it must not throw (a committed post is never answered 500). */
	posted?(event: PostedEvent): Promise<void>;
}
