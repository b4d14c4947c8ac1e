import { eq } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { plainText } from '../content/document.ts';
import { forumDraft, forumReaction } from './extras-schema.ts';

/**
 * A person's forum drafts and reactions, for their data export; on account deletion both go (their
 * rows also go with the account row). Pictures in drafts are removed by the media module, since no
 * post shows them.
 */
export const forumExtrasPersonalData: PersonalDataSource = {
	name: 'forumDraftsAndReactions',
	async export(db: Executor, person) {
		const [drafts, reactions] = await Promise.all([
			db
				.select({
					key: forumDraft.key,
					title: forumDraft.title,
					body: forumDraft.body,
					updatedAt: forumDraft.updatedAt
				})
				.from(forumDraft)
				.where(eq(forumDraft.userId, person.id)),
			db
				.select({
					postId: forumReaction.postId,
					reaction: forumReaction.reaction,
					createdAt: forumReaction.createdAt
				})
				.from(forumReaction)
				.where(eq(forumReaction.userId, person.id))
		]);
		return { drafts: drafts.map(({ body, ...d }) => ({ ...d, text: plainText(body) })), reactions };
	},
	async erase(db: Executor, person) {
		await db.delete(forumDraft).where(eq(forumDraft.userId, person.id));
		await db.delete(forumReaction).where(eq(forumReaction.userId, person.id));
	}
};
