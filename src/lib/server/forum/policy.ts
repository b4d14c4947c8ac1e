import { hasRole, type Viewer } from '../accounts/roles.ts';
import { staffPolicy } from '../staff/policy.ts';
import type { CategoryVisibility } from './schema.ts';

/**
 * How far a person reaches into the forum: visitors and signed-in people without the Mate role
 * (applicants) read public categories; Mates also read and write in Mates' categories; staff (with
 * two-step sign-in on, as every staff role requires) read and write everywhere.
 */
export type ForumAccess = 'visitor' | 'member' | 'mate' | 'staff';

/** Who is reading or writing: their account (none for visitors) and how far they reach. */
export interface ForumReader {
	userId: string | null;
	access: ForumAccess;
	/** Content reviewers and administrators: they moderate (hide, edit, move, merge, silence…). */
	moderator?: boolean;
}

/** What the policy needs to know of a category. */
export interface CategoryRules {
	visibility: CategoryVisibility;
	staffStartsTopics: boolean;
}

const writes = (a: ForumAccess) => a === 'mate' || a === 'staff';

/** Every "who may" of the forum, as pure functions of the reader's access and the category or topic. */
export const forumPolicy = {
	/** The reader a viewer is, so services filter what they show by the same rules the routes ask. */
	readerOf(v: Viewer | null): ForumReader {
		if (!v) return { userId: null, access: 'visitor' };
		const access: ForumAccess = staffPolicy.canUseConsole(v)
			? 'staff'
			: hasRole(v, 'mate')
				? 'mate'
				: 'member';
		return { userId: v.userId, access, moderator: forumPolicy.canModerate(v) };
	},
	/** Public categories for everyone, Mates' for Mates and staff, staff categories for staff alone. */
	canRead: (access: ForumAccess, c: Pick<CategoryRules, 'visibility'>) =>
		c.visibility === 'public' ||
		(c.visibility === 'mates' && writes(access)) ||
		(c.visibility === 'staff' && access === 'staff'),
	/** Mates and staff start topics where they read, except where only staff start them. */
	canStartTopic: (access: ForumAccess, c: CategoryRules) =>
		forumPolicy.canRead(access, c) && writes(access) && (!c.staffStartsTopics || access === 'staff'),
	/** Mates and staff reply where they read; a locked topic takes replies from staff only. */
	canReply: (access: ForumAccess, c: Pick<CategoryRules, 'visibility'>, topic: { locked: boolean }) =>
		forumPolicy.canRead(access, c) && writes(access) && (!topic.locked || access === 'staff'),
	/** Whether someone may write in the forum at all (the new-topic page). */
	canWrite: (v: Viewer | null) => writes(forumPolicy.readerOf(v).access),
	/** Content reviewers (the stories' reviewers) and administrators moderate the forum. */
	canModerate: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'content-reviewer', 'admin'),
	/** Any signed-in reader may flag a post of someone else's they can read. */
	canFlag: (r: ForumReader, post: { authorId: string | null }) => !!r.userId && r.userId !== post.authorId,
	/** Writers edit their own posts while they may reply in the topic; moderators edit any. */
	canEdit: (
		r: ForumReader,
		c: Pick<CategoryRules, 'visibility'>,
		topic: { locked: boolean },
		post: { authorId: string | null }
	) => !!r.userId && r.userId === post.authorId && forumPolicy.canReply(r.access, c, topic)
};
