import { eq } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { categorySubscription, notification, notificationSetting, topicSubscription } from './schema.ts';

/**
 * What notifications keep about a person, for their data export and account deletion: their
 * notifications, what they follow or muted, and their email choices. All of it goes with them (the
 * rows also cascade from the account); as the writer of a post, a deleted person is no longer named
 * in others' notifications.
 */
export const notificationsPersonalData: PersonalDataSource = {
	name: 'notifications',
	async export(db: Executor, person) {
		const [notifications, topics, categories, settings] = await Promise.all([
			db
				.select({
					kind: notification.kind,
					topicId: notification.topicId,
					postNumber: notification.postNumber,
					createdAt: notification.createdAt,
					readAt: notification.readAt
				})
				.from(notification)
				.where(eq(notification.userId, person.id)),
			db
				.select({ topicId: topicSubscription.topicId, level: topicSubscription.level })
				.from(topicSubscription)
				.where(eq(topicSubscription.userId, person.id)),
			db
				.select({ categoryId: categorySubscription.categoryId, level: categorySubscription.level })
				.from(categorySubscription)
				.where(eq(categorySubscription.userId, person.id)),
			db
				.select({ instantEmail: notificationSetting.instantEmail, digest: notificationSetting.digest })
				.from(notificationSetting)
				.where(eq(notificationSetting.userId, person.id))
		]);
		return { notifications, topics, categories, email: settings[0] ?? null };
	},
	async erase(db: Executor, person) {
		await db.delete(notification).where(eq(notification.userId, person.id));
		await db.delete(topicSubscription).where(eq(topicSubscription.userId, person.id));
		await db.delete(categorySubscription).where(eq(categorySubscription.userId, person.id));
		await db.delete(notificationSetting).where(eq(notificationSetting.userId, person.id));
	}
};
