import {
	boolean,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';
import { forumCategory, forumPost, forumTopic } from '../forum/schema.ts';

/** Why someone is told about a post: named in it, a reply where they follow, a new topic where they follow. */
export const notificationKinds = ['mention', 'reply', 'topic'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * How a person follows a topic or a category. `subscribed`: told about new posts (a topic) or new
 * topics (a category); `muted`: told about nothing there, and left out of the digest; `off`: neither,
 * kept as an explicit choice so starting or replying does not subscribe them again.
 */
export const subscriptionLevels = ['subscribed', 'muted', 'off'] as const;
export type SubscriptionLevel = (typeof subscriptionLevels)[number];

/** How often someone receives the digest of what is new in the forum. */
export const digestFrequencies = ['none', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

/**
 * One thing a person is told about: a post that mentions them, or a new post where they follow. One
 * row per person and post; it goes with the post (or the person). Read once opened or marked read.
 */
export const notification = pgTable(
	'notification',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<NotificationKind>().notNull(),
		postId: text('post_id')
			.notNull()
			.references(() => forumPost.id, { onDelete: 'cascade' }),
		topicId: integer('topic_id')
			.notNull()
			.references(() => forumTopic.id, { onDelete: 'cascade' }),
		postNumber: integer('post_number').notNull(),
		/** Who wrote the post; kept empty once their account is deleted. */
		actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		readAt: timestamp('read_at', { withTimezone: true }),
		/** When the instant email went out (or was decided against), so a retried job sends it once. */
		emailedAt: timestamp('emailed_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('notification_user_post_idx').on(t.userId, t.postId),
		index('notification_user_created_idx').on(t.userId, t.createdAt)
	]
);

/** A person's choice for one topic: subscribed (starting or replying sets it), muted, or off. */
export const topicSubscription = pgTable(
	'forum_topic_subscription',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		topicId: integer('topic_id')
			.notNull()
			.references(() => forumTopic.id, { onDelete: 'cascade' }),
		level: text('level').$type<SubscriptionLevel>().notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.topicId] }),
		index('forum_topic_subscription_topic_idx').on(t.topicId)
	]
);

/** A person's choice for one category: subscribed to its new topics, muted, or off. */
export const categorySubscription = pgTable(
	'forum_category_subscription',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		categoryId: text('category_id')
			.notNull()
			.references(() => forumCategory.id, { onDelete: 'cascade' }),
		level: text('level').$type<SubscriptionLevel>().notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.categoryId] }),
		index('forum_category_subscription_category_idx').on(t.categoryId)
	]
);

/**
 * A person's email choices: instant emails for mentions and followed topics (on unless turned off),
 * and a digest (none unless chosen). `lastDigestAt` is where the next digest starts.
 */
export const notificationSetting = pgTable('notification_setting', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	instantEmail: boolean('instant_email').notNull().default(true),
	digest: text('digest').$type<DigestFrequency>().notNull().default('none'),
	lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
