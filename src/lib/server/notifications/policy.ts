import type { Viewer } from '../accounts/roles.ts';
import { forumPolicy, type ForumAccess } from '../forum/policy.ts';
import { categoryVisibilities, type CategoryVisibility } from '../forum/schema.ts';
import type { NotificationKind, SubscriptionLevel } from './schema.ts';

/** How a person follows a topic and its category (null: never chose, nothing is set). */
export interface Following {
	topic: SubscriptionLevel | null;
	category: SubscriptionLevel | null;
}

/** What happened, as far as one person is concerned. */
export interface PostFacts {
	/** The post names them with their handle (outside quotes). */
	mentioned: boolean;
	/** The post is the first of a new topic. */
	firstPost: boolean;
}

/**
 * Who is told about what. Muting wins over subscribing: a muted topic or category tells you about no
 * replies or new topics, even where you are subscribed to the other. A mention reaches you unless you
 * muted that very topic (muting a category does not stop people calling you by name). Above all of
 * this, nobody is told about a post in a category they may not read.
 */
export const notificationsPolicy = {
	/** Signed-in people have notifications, subscriptions and email choices of their own. */
	canUseOwn: (v: Viewer | null) => !!v,

	/** Replies reach whoever is subscribed to the topic, unless the topic or its category is muted. */
	hearsReplies: (f: Following) => f.topic === 'subscribed' && f.category !== 'muted',

	/** A new topic reaches whoever is subscribed to its category (and did not mute it). */
	hearsNewTopics: (f: Following) => f.category === 'subscribed' && f.topic !== 'muted',

	/** A mention reaches you unless you muted the topic. */
	hearsMentions: (f: Following) => f.topic !== 'muted',

	/** The digest leaves out muted topics and muted categories. */
	inDigest: (f: Following) => f.topic !== 'muted' && f.category !== 'muted',

	/**
	 * The one notification a person gets about a post, if any: a mention first, then a reply in a
	 * topic they follow, then a new topic in a category they follow. Null when they may not read the
	 * category or follow nothing that applies.
	 */
	kindFor(
		access: ForumAccess,
		visibility: CategoryVisibility,
		f: Following,
		post: PostFacts
	): NotificationKind | null {
		if (!forumPolicy.canRead(access, { visibility })) return null;
		if (post.mentioned && notificationsPolicy.hearsMentions(f)) return 'mention';
		if (!post.firstPost && notificationsPolicy.hearsReplies(f)) return 'reply';
		if (post.firstPost && notificationsPolicy.hearsNewTopics(f)) return 'topic';
		return null;
	},

	/** The category visibilities a reader reaches, to filter lists in SQL by the forum's own rule. */
	readableVisibilities: (access: ForumAccess): CategoryVisibility[] =>
		categoryVisibilities.filter((visibility) => forumPolicy.canRead(access, { visibility }))
};
