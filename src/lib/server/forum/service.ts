import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../core/clock.ts';
import type { Database, Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { slugify } from '../core/slug.ts';
import { parseInput } from '../core/validation.ts';
import type { Logger } from '../core/logger.ts';
import { checkWriter } from './anti-abuse.ts';
import { createForumApproval } from './approval.ts';
import { defaultCategories } from './categories.ts';
import { createForumEditing } from './editing.ts';
import { createForumFlags } from './flags.ts';
import { createForumModeration, type ModerationEvent } from './moderation.ts';
import { forumPendingPost } from './moderation-schema.ts';
import { createTopicModerationView } from './moderation-view.ts';
import { attachPostMedia, type ForumMedia } from './attachments.ts';
import { afterPosting, createForumExtras } from './extras.ts';
import { createForumFeeds } from './feed.ts';
import { clearDraft, type DraftKey } from './drafts.ts';
import type { ActionContext } from '../audit/service.ts';
import type { ForumHooks } from './hooks.ts';
import type { StoryDocument } from '../content/document.ts';
import { forumPolicy, type ForumReader } from './policy.ts';
import { createForumReading, pageOfPost, topicPath } from './reading.ts';
import { forumCategory, forumPost, forumRead, forumTopic } from './schema.ts';
import { replyInput, startTopicInput } from './schemas.ts';

/** What other modules read of the forum (notifications), instead of its tables. */
export {
	forumCategoryById,
	forumPostRows,
	forumReadMarks,
	forumTopicPlace,
	forumTopicRows,
	newPostsByTopic
} from './queries.ts';

export interface ForumDeps {
	db: Database;
	clock: Clock;
	/** The site's public address, for links in feeds. */
	origin?: string;
	logger?: Logger;
	/** Pictures and clips in posts (the media module, wired in app.ts); without it posts take none. */
	media?: ForumMedia;
	/** Uploads a draft stopped showing, for the unused-upload check. */
	mediaReleased?: (ids: string[]) => Promise<void>;
	/** What other modules do with posts (mentions, notifications); see hooks.ts. */
	hooks?: ForumHooks;
	/**
	 * Called after each moderation action commits, with whom to tell and why (a hidden post, a moved
	 * topic, a silence…): the place to send the member a notification. Its failures are logged only.
	 */
	onModerated?: (event: ModerationEvent) => void | Promise<void>;
}

const categoryProblem = (key: string) =>
	new AppError('validation_failed', 'Not a category you may start a topic in', {
		fields: { category: { key } }
	});

/**
 * The Mates forum: categories with their visibility, topics and numbered replies, and how far each
 * person has read. Every read and write is checked against the forum policy for the reader, so a
 * route cannot show or change what the reader may not.
 */
export function createForumService(deps: ForumDeps) {
	const { db } = deps;
	const now = () => deps.clock.now();
	const reading = createForumReading(deps);
	const moderation = createForumModeration(deps);
	const flags = createForumFlags(deps, moderation);
	const approval = createForumApproval(deps, moderation);
	const hooks = deps.hooks ?? {};
	const prepare = async (body: StoryDocument) => (hooks.preparePost ? hooks.preparePost(body) : body);

	/**
	 * A post sent for approval takes its pictures under the id it will have once approved (so they are
	 * kept meanwhile and shown to nobody), and the writer's draft is done with.
	 */
	const holdForApproval = async (
		tx: Executor,
		userId: string,
		id: string,
		body: StoryDocument,
		draftKey: DraftKey
	) => {
		await attachPostMedia(tx, deps.media, { writerId: userId, postId: id, body });
		await clearDraft(tx, userId, draftKey);
	};

	/** The writer has read what they wrote. */
	const readUpTo = (tx: Executor, userId: string, topicId: number, number: number) =>
		tx
			.insert(forumRead)
			.values({ userId, topicId, lastReadNumber: number, updatedAt: now() })
			.onConflictDoUpdate({
				target: [forumRead.userId, forumRead.topicId],
				set: { lastReadNumber: sql`greatest(${forumRead.lastReadNumber}, ${number})`, updatedAt: now() }
			});

	return {
		...reading,
		...createForumExtras(deps),
		...createForumFeeds({ db, origin: deps.origin ?? '' }),
		...createForumEditing(deps),
		...flags,
		...approval,
		...moderation.actions,
		...createTopicModerationView(flags, approval, moderation.actions),

		/** A reviewer lets a waiting post in; those it mentions or who follow the topic are then told. */
		async approvePost(ctx: ActionContext, reader: ForumReader, id: string) {
			const approved = await approval.approvePost(ctx, reader, id);
			await hooks.posted?.(approved.posted);
			return { path: approved.path, number: approved.number };
		},

		/**
		 * Creates the default categories that are missing (by address), on every start; a category
		 * already there is left as it is, so later edits are never overwritten.
		 */
		async ensureCategories() {
			await db
				.insert(forumCategory)
				.values(defaultCategories.map((c, i) => ({ id: newId(), ...c, position: (i + 1) * 10 })))
				.onConflictDoNothing({ target: forumCategory.slug });
		},

		/**
		 * A Mate or staff member starts a topic with its first post. A category they may not read is
		 * refused exactly like one that does not exist (a forged id learns nothing). A new member's
		 * topic may wait for approval instead (`pending`, anti-abuse.ts).
		 */
		async startTopic(reader: ForumReader, input: unknown) {
			const data = parseInput(startTopicInput, input);
			const userId = reader.userId;
			if (!userId) throw new AppError('forbidden', 'Sign in to write');
			const [c] = await db.select().from(forumCategory).where(eq(forumCategory.id, data.category));
			if (!c || !forumPolicy.canRead(reader.access, c)) throw categoryProblem('errors.field.forumCategory');
			if (!forumPolicy.canStartTopic(reader.access, c))
				throw categoryProblem(
					c.staffStartsTopics ? 'errors.field.forumStaffStarts' : 'errors.field.forumCategory'
				);
			const body = await prepare(data.body);
			const { needsApproval } = await checkWriter(db, reader, body, now());
			if (needsApproval) {
				const { title } = data;
				await db.transaction(async (tx) => {
					const id = newId();
					await tx
						.insert(forumPendingPost)
						.values({ id, authorId: userId, categoryId: c.id, title, body, createdAt: now() });
					await holdForApproval(tx, userId, id, body, 'new');
				});
				// No topic exists until a reviewer approves it (id 0); its writer sees it in the category.
				return { pending: true, id: 0, slug: '', path: `/forum/${c.slug}` };
			}
			const postId = newId();
			const started = await db.transaction(async (tx) => {
				const at = now();
				const [topic] = await tx
					.insert(forumTopic)
					.values({
						categoryId: c.id,
						authorId: userId,
						title: data.title,
						slug: slugify(data.title, 'topic', 60),
						createdAt: at,
						lastPostedAt: at
					})
					.returning({ id: forumTopic.id, slug: forumTopic.slug });
				await tx.insert(forumPost).values({
					id: postId,
					topicId: topic.id,
					number: 1,
					authorId: userId,
					body,
					createdAt: at
				});
				await attachPostMedia(tx, deps.media, { writerId: userId, postId, body });
				await afterPosting(tx, {
					userId,
					draftKey: 'new',
					postId,
					topicId: topic.id,
					title: data.title,
					body
				});
				await readUpTo(tx, userId, topic.id, 1);
				return { pending: false, id: topic.id, slug: topic.slug, path: topicPath(topic) };
			});
			await hooks.posted?.({
				postId,
				topicId: started.id,
				categoryId: c.id,
				number: 1,
				authorId: userId,
				body
			});
			return started;
		},

		/**
		 * Adds a reply at the end of a topic. The topic row is locked while the number is taken, so two
		 * replies at once get consecutive numbers. A locked topic takes replies from staff only.
		 */
		async reply(reader: ForumReader, topicId: number, input: unknown) {
			const userId = reader.userId;
			const check = async (tx: Executor) => {
				const [t] = await tx.select().from(forumTopic).where(eq(forumTopic.id, topicId)).for('update');
				const [c] = t ? await tx.select().from(forumCategory).where(eq(forumCategory.id, t.categoryId)) : [];
				if (!t || !c || t.deletedAt || !forumPolicy.canRead(reader.access, c))
					throw new AppError('not_found', 'No such topic');
				if (!forumPolicy.canReply(reader.access, c, t))
					throw t.locked && userId
						? new AppError('topic_locked', 'The topic is locked')
						: new AppError('forbidden', 'May not reply here');
				return t;
			};
			// Refuse a reply to a topic the person may not answer before looking at what they wrote.
			const topic = await check(db);
			const body = await prepare(parseInput(replyInput, input).body);
			const { needsApproval } = await checkWriter(db, reader, body, now());
			if (needsApproval) {
				const t = topic;
				await db.transaction(async (tx) => {
					const id = newId();
					await tx
						.insert(forumPendingPost)
						.values({ id, authorId: userId!, topicId, body, createdAt: now() });
					await holdForApproval(tx, userId!, id, body, `topic:${topicId}`);
				});
				return { pending: true as const, number: null, page: pageOfPost(t.postCount), path: topicPath(t) };
			}
			const postId = newId();
			const replied = await db.transaction(async (tx) => {
				const t = await check(tx);
				const number = t.postCount + 1;
				const at = now();
				await tx
					.insert(forumPost)
					.values({ id: postId, topicId, number, authorId: userId, body, createdAt: at });
				await attachPostMedia(tx, deps.media, { writerId: userId!, postId, body });
				await afterPosting(tx, {
					userId: userId!,
					draftKey: `topic:${topicId}`,
					postId,
					topicId,
					title: t.title,
					body
				});
				await tx
					.update(forumTopic)
					.set({ postCount: number, lastPostedAt: at })
					.where(eq(forumTopic.id, topicId));
				await readUpTo(tx, userId!, topicId, number);
				return {
					pending: false as const,
					number,
					page: pageOfPost(number),
					path: topicPath(t),
					categoryId: t.categoryId
				};
			});
			await hooks.posted?.({
				postId,
				topicId,
				categoryId: replied.categoryId,
				number: replied.number,
				authorId: userId!,
				body
			});
			return replied;
		}
	};
}

export type ForumService = ReturnType<typeof createForumService>;
