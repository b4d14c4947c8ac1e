import { eq } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { plainText } from '../content/document.ts';
import { forumPost, forumRead, forumTopic } from './schema.ts';

/**
 * What the forum holds about a person, for their data export and account deletion: the topics they
 * started, their posts (as text) and how far they have read. On deletion their posts stay in the
 * conversation without a name (the author column is emptied by the database), and reading marks go.
 */
export const forumPersonalData: PersonalDataSource = {
	name: 'forum',
	async export(db: Executor, person) {
		const [topics, posts, reads] = await Promise.all([
			db
				.select({ id: forumTopic.id, title: forumTopic.title, createdAt: forumTopic.createdAt })
				.from(forumTopic)
				.where(eq(forumTopic.authorId, person.id)),
			db
				.select({
					topicId: forumPost.topicId,
					number: forumPost.number,
					body: forumPost.body,
					createdAt: forumPost.createdAt
				})
				.from(forumPost)
				.where(eq(forumPost.authorId, person.id)),
			db
				.select({ topicId: forumRead.topicId, lastReadNumber: forumRead.lastReadNumber })
				.from(forumRead)
				.where(eq(forumRead.userId, person.id))
		]);
		return {
			topics,
			posts: posts.map(({ body, ...p }) => ({ ...p, text: plainText(body) })),
			reading: reads
		};
	},
	async erase(db: Executor, person) {
		await db.delete(forumRead).where(eq(forumRead.userId, person.id));
	}
};
