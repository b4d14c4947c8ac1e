import type { Executor } from '../core/db.ts';
import type { StoryDocument } from '../content/document.ts';
import { createForumAttachments } from './attachments.ts';
import { clearDraft, createForumDrafts, type DraftKey } from './drafts.ts';
import { createForumReactions } from './reactions.ts';
import { createForumSearch, indexPost } from './search.ts';
import type { ForumDeps } from './service.ts';

/**
 * The forum's parts beyond topics and replies, gathered for the forum service: who sees attached
 * files, drafts, reactions and search. Each lives in its own file.
 */
export function createForumExtras(deps: ForumDeps) {
	return {
		...createForumAttachments(deps),
		...createForumDrafts(deps),
		...createForumReactions(deps),
		...createForumSearch(deps)
	};
}

/**
 * What every new post also does, in its transaction: the writer's draft for that place is spent, and
 * the post gets its search copy. (An edit of a post should call `indexPost` the same way.)
 */
export async function afterPosting(
	tx: Executor,
	p: {
		userId: string;
		draftKey: DraftKey;
		postId: string;
		topicId: number;
		title: string;
		body: StoryDocument;
	}
) {
	await clearDraft(tx, p.userId, p.draftKey);
	await indexPost(tx, p);
}
