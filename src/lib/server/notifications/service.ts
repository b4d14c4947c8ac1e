import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { newId } from '../core/ids.ts';
import type { Jobs } from '../core/jobs.ts';
import type { Logger } from '../core/logger.ts';
import type { PostedEvent } from '../forum/hooks.ts';
import { forumPolicy, type ForumReader } from '../forum/policy.ts';
import { pageOfPost, topicPath } from '../forum/reading.ts';
import type { CategoryVisibility } from '../forum/schema.ts';
import { forumCategoryById, forumPostRows, forumReadMarks, forumTopicRows } from '../forum/service.ts';
import type { StoryDocument } from '../content/document.ts';
import { recipientsOf } from './audience.ts';
import { createDigests } from './digest.ts';
import { createNotificationEmails } from './emails.ts';
import { createEmailSettings } from './email-settings.ts';
import { createFollowing, forumLookups, signedIn } from './following.ts';
import { allHandlesIn, handlesIn, linkMentions } from './mentions.ts';
import { notificationsPolicy } from './policy.ts';
import { categorySubscription, notification, topicSubscription } from './schema.ts';
import { unsubscribeTokens } from './tokens.ts';

/** Who has a handle (a Mate page), answered by the mates module. */
export interface HandleDirectory {
	peopleByHandles(handles: string[]): Promise<Map<string, { userId: string; name: string }>>;
	handlesLike(typed: string, limit?: number): Promise<{ handle: string; userId: string; name: string }[]>;
}

export interface NotificationsDeps {
	db: Database;
	clock: Clock;
	jobs: Jobs;
	logger: Logger;
	origin: string;
	/** AUTH_SECRET: signs unsubscribe links. */
	secret: string;
	/** The hour (UTC) digests go out. */
	digestHourUtc: number;
	handles: HandleDirectory;
}

/** The queue that emails one batch of notifications (those one post caused). */
export const emailQueue = 'notifications.email';

export const notificationsPerPage = 30;

/**
 * Forum notifications: mentions, replies in followed topics and new topics in followed categories,
 * kept for the app (with an unread count) and emailed at once or in a digest by the job queue. The
 * module reads the forum through what the forum service exports (never its tables) and asks the
 * forum policy who may read what, so nobody is ever shown or sent a post from a category they may
 * not read (now, not when it was written).
 */
export function createNotificationsService(deps: NotificationsDeps) {
	const { db } = deps;
	const now = () => deps.clock.now();
	const tokens = unsubscribeTokens(deps.secret);
	const emails = createNotificationEmails({ ...deps, tokens });
	const digests = createDigests({ ...deps, tokens });
	const { readableTopic, readableCategory } = forumLookups(db);

	// The forum's topics, posts and read marks as the forum module gives them, to join notifications to.
	const topics = forumTopicRows(db);
	const posts = forumPostRows(db);
	const marks = forumReadMarks(db);
	const markOf = and(eq(marks.userId, notification.userId), eq(marks.topicId, notification.topicId));

	/** A notification counts as read once marked, or once the person has read the topic that far. */
	const readSql = sql<boolean>`(${notification.readAt} is not null or coalesce(${marks.lastRead}, 0) >= ${notification.postNumber})`;

	/** Notifications of a reader, limited to what they may read today (not hidden, not deleted). */
	const visibleTo = (reader: ForumReader & { userId: string }) =>
		and(
			eq(notification.userId, reader.userId),
			inArray(topics.visibility, notificationsPolicy.readableVisibilities(reader.access)),
			isNull(topics.deletedAt),
			isNull(posts.hiddenAt)
		);

	const service = {
		tokens,
		emails,
		...createFollowing(deps),
		...createEmailSettings({ ...deps, tokens }),
		/** Daily and weekly digests by email (the `notifications.digest` job). */
		digests,

		/** A post's `@handle`s of people with a Mate page become mentions (links to their page). */
		async preparePost(body: StoryDocument): Promise<StoryDocument> {
			const handles = allHandlesIn(body);
			const known = handles.length ? await deps.handles.peopleByHandles(handles) : new Map();
			return linkMentions(body, new Set(known.keys()));
		},

		/**
		 * After a post is committed: its writer follows the topic (unless they chose otherwise before),
		 * and whoever it concerns is told, once, in the app; one job emails the batch. A failure here
		 * is logged and the post stays (it is committed already).
		 */
		async posted(event: PostedEvent): Promise<void> {
			try {
				await service.notifyAbout(event);
			} catch (err) {
				deps.logger.error({ err, postId: event.postId }, 'notifying about a forum post failed');
			}
		},

		/** The work of `posted`, throwing: who is told about a post, and the email job for them. */
		async notifyAbout(event: PostedEvent): Promise<string[]> {
			const { topicId, categoryId, authorId } = event;
			const at = now();
			await db
				.insert(topicSubscription)
				.values({ userId: authorId, topicId, level: 'subscribed', updatedAt: at })
				.onConflictDoNothing();
			const named = handlesIn(event.body);
			const mentioned = new Set(
				[...(named.length ? await deps.handles.peopleByHandles(named) : new Map()).values()].map(
					(p) => p.userId
				)
			);
			const firstPost = event.number === 1;
			const [category, topicLevels, categoryLevels] = await Promise.all([
				forumCategoryById(db, categoryId),
				db
					.select({ userId: topicSubscription.userId, level: topicSubscription.level })
					.from(topicSubscription)
					.where(eq(topicSubscription.topicId, topicId)),
				db
					.select({ userId: categorySubscription.userId, level: categorySubscription.level })
					.from(categorySubscription)
					.where(eq(categorySubscription.categoryId, categoryId))
			]);
			if (!category) return [];
			const topicOf = new Map(topicLevels.map((r) => [r.userId, r.level]));
			const categoryOf = new Map(categoryLevels.map((r) => [r.userId, r.level]));
			const candidates = new Set([
				...mentioned,
				...topicLevels.filter((r) => r.level === 'subscribed').map((r) => r.userId),
				...(firstPost ? categoryLevels.filter((r) => r.level === 'subscribed').map((r) => r.userId) : [])
			]);
			candidates.delete(authorId);
			const people = await recipientsOf(db, [...candidates]);
			const rows = [...people.values()].flatMap((p) => {
				const f = { topic: topicOf.get(p.userId) ?? null, category: categoryOf.get(p.userId) ?? null };
				const kind = notificationsPolicy.kindFor(p.access, category.visibility, f, {
					mentioned: mentioned.has(p.userId),
					firstPost
				});
				return kind
					? [
							{
								id: newId(),
								userId: p.userId,
								kind,
								postId: event.postId,
								topicId,
								postNumber: event.number,
								actorId: authorId,
								createdAt: at
							}
						]
					: [];
			});
			if (rows.length === 0) return [];
			const inserted = await db
				.insert(notification)
				.values(rows)
				.onConflictDoNothing()
				.returning({ id: notification.id });
			const ids = inserted.map((r) => r.id);
			if (ids.length) await deps.jobs.send(emailQueue, { ids });
			return ids;
		},

		/** How many notifications a signed-in person has not read (the header's count). */
		async unreadCount(reader: ForumReader): Promise<number> {
			if (!reader.userId) return 0;
			const [row] = await db
				.select({ n: count() })
				.from(notification)
				.innerJoin(topics, eq(topics.topicId, notification.topicId))
				.innerJoin(posts, eq(posts.postId, notification.postId))
				.leftJoin(marks, markOf)
				.where(and(visibleTo(signedIn(reader)), sql`not ${readSql}`));
			return row?.n ?? 0;
		},

		/** A page of a person's notifications, newest first, each with where to read the post. */
		async listFor(reader: ForumReader, page = 1) {
			const r = signedIn(reader);
			const offset = (Math.max(1, page) - 1) * notificationsPerPage;
			const rows = await db
				.select({
					id: notification.id,
					kind: notification.kind,
					postNumber: notification.postNumber,
					createdAt: notification.createdAt,
					read: readSql,
					topicId: topics.topicId,
					topicSlug: topics.slug,
					topicTitle: topics.title,
					actor: user.name
				})
				.from(notification)
				.innerJoin(topics, eq(topics.topicId, notification.topicId))
				.innerJoin(posts, eq(posts.postId, notification.postId))
				.leftJoin(user, eq(user.id, notification.actorId))
				.leftJoin(marks, markOf)
				.where(visibleTo(r))
				.orderBy(desc(notification.createdAt), desc(notification.topicId), desc(notification.postNumber))
				.limit(notificationsPerPage + 1)
				.offset(offset);
			return {
				more: rows.length > notificationsPerPage,
				items: rows.slice(0, notificationsPerPage).map((n) => ({
					id: n.id,
					kind: n.kind,
					actor: n.actor,
					topicTitle: n.topicTitle,
					createdAt: n.createdAt,
					read: !!n.read,
					href: `${topicPath({ id: n.topicId, slug: n.topicSlug })}?page=${pageOfPost(n.postNumber)}#post-${n.postNumber}`
				}))
			};
		},

		/** Marks one of the person's own notifications read (anyone else's id changes nothing). */
		async markRead(reader: ForumReader, id: string) {
			const r = signedIn(reader);
			await db
				.update(notification)
				.set({ readAt: now() })
				.where(and(eq(notification.id, id), eq(notification.userId, r.userId), isNull(notification.readAt)));
		},

		/** Marks all of the person's notifications read. */
		async markAllRead(reader: ForumReader) {
			const r = signedIn(reader);
			await db
				.update(notification)
				.set({ readAt: now() })
				.where(and(eq(notification.userId, r.userId), isNull(notification.readAt)));
		},

		/** Mentionable Mates for the editor's suggestions: those who may read where the post goes. */
		async mentionSuggestions(
			reader: ForumReader,
			where: { topicId?: number; categoryId?: string },
			typed: string
		) {
			if (reader.access !== 'mate' && reader.access !== 'staff') return [];
			let visibility: CategoryVisibility;
			if (where.topicId !== undefined) visibility = (await readableTopic(reader, where.topicId)).visibility;
			else if (where.categoryId) {
				const c = await readableCategory(reader, where.categoryId);
				if (!c) return [];
				visibility = c.visibility;
			} else visibility = 'public';
			const found = await deps.handles.handlesLike(typed, 12);
			const people = await recipientsOf(
				db,
				found.map((f) => f.userId)
			);
			return found
				.filter((f) => {
					const p = people.get(f.userId);
					return p && forumPolicy.canRead(p.access, { visibility });
				})
				.slice(0, 8)
				.map((f) => ({ handle: f.handle, name: f.name }));
		},

		/** The job: emails what one post caused, to those who want instant emails. */
		sendInstantEmails: (ids: string[]) => emails.sendInstant(ids)
	};
	return service;
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
