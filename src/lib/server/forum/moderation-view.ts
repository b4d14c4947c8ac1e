import type { ForumApproval } from './approval.ts';
import type { ForumFlags } from './flags.ts';
import type { ForumModeration } from './moderation.ts';
import type { ForumReader } from './policy.ts';

/**
 * What a topic page shows a reader about moderation, in one call: the reasons staff gave for what
 * they did to the reader's own posts and topic (theirs alone), the posts they flagged, their replies
 * waiting for approval, a silence in force, and whether they moderate.
 */
export function createTopicModerationView(
	flags: ForumFlags,
	approval: ForumApproval,
	moderation: ForumModeration['actions']
) {
	return {
		async topicModeration(reader: ForumReader, topicId: number, postIds: string[]) {
			const [notes, flagged, waiting, silence] = await Promise.all([
				moderation.notesFor(reader, topicId),
				flags.flaggedBy(reader, postIds),
				approval.waitingRepliesOf(reader, topicId),
				moderation.silenceFor(reader)
			]);
			// The latest word on each of the reader's posts (notes come newest first).
			const onPosts: Record<string, { action: string; reason: string }> = {};
			for (const n of notes)
				if (n.postId && !onPosts[n.postId]) onPosts[n.postId] = { action: n.action, reason: n.reason };
			return {
				moderator: !!reader.moderator,
				silence,
				topicNotes: notes.filter((n) => !n.postId && n.action !== 'approve'),
				onPosts,
				flagged: [...flagged],
				waiting
			};
		}
	};
}
