import { indexPost } from './search.ts';
import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import { isStaffRole } from '../accounts/roles.ts';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database, Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Logger } from '../core/logger.ts';
import { parseInput } from '../core/validation.ts';
import { rolesOf } from '../staff/service.ts';
import { renderDocument } from '../content/document.ts';
import { silenceOf } from './anti-abuse.ts';
import { keepRevision } from './editing.ts';
import { topicActions } from './moderation-topics.ts';
import { forumFlag, forumModerationNote, forumSilence, type ModerationAction } from './moderation-schema.ts';
import { reasonInput, silenceInput, staffEditInput } from './moderation-schemas.ts';
import type { ForumReader } from './policy.ts';
import { topicPath } from './reading.ts';
import { forumCategory, forumPost, forumTopic } from './schema.ts';

/**
 * What a moderation action did and whom to tell: the writer of the post or topic (or the silenced
 * member), why, and where they read it. The forum calls `onModerated` with it after the action
 * commits; notifications hang off that hook.
 */
export interface ModerationEvent {
	action: ModerationAction;
	/** The member to tell; null when their account is gone. */
	subjectId: string | null;
	moderatorId: string | null;
	topicId: number | null;
	postId: string | null;
	reason: string;
	details: Record<string, unknown>;
	/** Where the member sees the item and the reason (a topic address), when there is one. */
	path: string | null;
}

interface Deps {
	db: Database;
	clock: Clock;
	logger?: Logger;
	onModerated?: (event: ModerationEvent) => void | Promise<void>;
}

/** Settles a post's open flags by the action taken on it (or 'dismiss'). */
export async function resolveFlags(
	tx: Executor,
	postId: string,
	resolution: string,
	by: string | null,
	at: Date
) {
	return tx
		.update(forumFlag)
		.set({ resolvedAt: at, resolvedBy: by, resolution })
		.where(and(eq(forumFlag.postId, postId), isNull(forumFlag.resolvedAt)))
		.returning({ id: forumFlag.id });
}

const refuse = () => new AppError('forbidden', 'Content reviewers only');
const notFound = () => new AppError('not_found', 'No such forum item');

/**
 * What content reviewers do to posts, topics and members: hide, edit, move, merge, lock, pin,
 * delete, silence. Each action happens in one transaction with its audit entry and a note the
 * member reads on the item; `onModerated` is told after it commits.
 */
export function createForumModeration(deps: Deps) {
	const { db, clock } = deps;

	/**
	 * Runs an action as a moderator: the change, its notes and audit entries in one transaction, then
	 * the hook for each event once it has committed.
	 */
	async function act<T>(
		ctx: ActionContext,
		reader: ForumReader,
		run: (
			tx: Executor,
			record: (e: Omit<ModerationEvent, 'moderatorId'>) => Promise<void>,
			at: Date
		) => Promise<T>
	): Promise<T> {
		if (!reader.moderator || !reader.userId) throw refuse();
		const events: ModerationEvent[] = [];
		const at = clock.now();
		const result = await db.transaction(async (tx) => {
			const record = async (e: Omit<ModerationEvent, 'moderatorId'>) => {
				const event = { ...e, moderatorId: reader.userId };
				await tx.insert(forumModerationNote).values({
					id: newId(),
					action: e.action,
					topicId: e.topicId,
					postId: e.postId,
					subjectId: e.subjectId,
					moderatorId: reader.userId,
					reason: e.reason,
					details: e.details,
					createdAt: at
				});
				await recordAudit(tx, ctx, {
					action: `forum.${e.action}`,
					targetType: e.postId ? 'forum_post' : e.topicId ? 'forum_topic' : 'user',
					targetId: e.postId ?? (e.topicId ? String(e.topicId) : (e.subjectId ?? undefined)),
					details: { reason: e.reason, ...e.details }
				});
				events.push(event);
			};
			return run(tx, record, at);
		});
		for (const e of events) {
			try {
				await deps.onModerated?.(e);
			} catch (err) {
				deps.logger?.warn({ err, action: e.action }, 'forum onModerated hook failed');
			}
		}
		return result;
	}

	/** A post with its topic, locked for the change. */
	const postFor = async (tx: Executor, postId: string) => {
		const [row] = await tx
			.select({ post: forumPost, topic: forumTopic })
			.from(forumPost)
			.innerJoin(forumTopic, eq(forumTopic.id, forumPost.topicId))
			.where(eq(forumPost.id, postId))
			.for('update');
		if (!row) throw notFound();
		return row;
	};
	const topicFor = async (tx: Executor, topicId: number) => {
		const [t] = await tx.select().from(forumTopic).where(eq(forumTopic.id, topicId)).for('update');
		if (!t || t.mergedIntoId) throw notFound();
		return t;
	};
	const postEvent = (
		action: ModerationAction,
		p: { post: typeof forumPost.$inferSelect; topic: typeof forumTopic.$inferSelect },
		reason: string,
		details: Record<string, unknown> = {}
	) => ({
		action,
		subjectId: p.post.authorId,
		topicId: p.topic.id,
		postId: p.post.id,
		reason,
		details: { number: p.post.number, ...details },
		path: `${topicPath(p.topic)}#post-${p.post.number}`
	});
	const topicEvent = (
		action: ModerationAction,
		t: typeof forumTopic.$inferSelect,
		reason: string,
		details: Record<string, unknown> = {}
	) => ({ action, subjectId: t.authorId, topicId: t.id, postId: null, reason, details, path: topicPath(t) });

	const actions = {
		/** Hides a post from readers: they see that staff hid it; its writer sees it and why. */
		async hidePost(ctx: ActionContext, reader: ForumReader, postId: string, input: unknown) {
			const { reason } = parseInput(reasonInput, input);
			await act(ctx, reader, async (tx, record, at) => {
				const p = await postFor(tx, postId);
				if (p.post.hiddenAt) throw new AppError('conflict', 'Already hidden');
				await tx.update(forumPost).set({ hiddenAt: at }).where(eq(forumPost.id, postId));
				await resolveFlags(tx, postId, 'hide', reader.userId, at);
				await record(postEvent('hide', p, reason));
			});
		},

		/** Shows a hidden post again. */
		async unhidePost(ctx: ActionContext, reader: ForumReader, postId: string, input: unknown) {
			const { reason } = parseInput(reasonInput, input);
			await act(ctx, reader, async (tx, record) => {
				const p = await postFor(tx, postId);
				if (!p.post.hiddenAt) throw new AppError('conflict', 'Not hidden');
				await tx.update(forumPost).set({ hiddenAt: null }).where(eq(forumPost.id, postId));
				await record(postEvent('unhide', p, reason));
			});
		},

		/** Staff change a post's text: everyone sees "edited by staff", the writer sees why; the version is kept. */
		async editAsStaff(ctx: ActionContext, reader: ForumReader, postId: string, input: unknown) {
			const { body, reason } = parseInput(staffEditInput, input);
			await act(ctx, reader, async (tx, record, at) => {
				const p = await postFor(tx, postId);
				await keepRevision(tx, p.post, body, { editorId: reader.userId, byStaff: true, reason, at });
				await tx.update(forumPost).set({ body, staffEditedAt: at }).where(eq(forumPost.id, postId));
				await indexPost(tx, { postId, topicId: p.topic.id, title: p.topic.title, body });
				await resolveFlags(tx, postId, 'staff_edit', reader.userId, at);
				await record(postEvent('staff_edit', p, reason));
			});
		},

		...topicActions({ act, topicFor, topicEvent }),

		/** Silences a member for a time: they cannot post or edit until then, and are told until when and why. */
		async silenceMember(
			ctx: ActionContext,
			reader: ForumReader,
			userId: string,
			input: unknown,
			postId?: string
		) {
			const { hours, reason } = parseInput(silenceInput, input);
			const { roles } = await rolesOf(db, userId);
			if (roles.some(isStaffRole)) throw new AppError('forbidden', 'Staff cannot be silenced');
			await act(ctx, reader, async (tx, record, at) => {
				const [exists] = await tx.select({ id: user.id }).from(user).where(eq(user.id, userId));
				if (!exists) throw notFound();
				const until = new Date(at.getTime() + hours * 3_600_000);
				await tx
					.insert(forumSilence)
					.values({ userId, until, reason, moderatorId: reader.userId, createdAt: at })
					.onConflictDoUpdate({
						target: forumSilence.userId,
						set: { until, reason, moderatorId: reader.userId, createdAt: at }
					});
				if (postId) await resolveFlags(tx, postId, 'silence', reader.userId, at);
				await record({
					action: 'silence',
					subjectId: userId,
					topicId: null,
					postId: null,
					reason,
					details: { until: until.toISOString(), hours },
					path: '/forum'
				});
			});
		},

		/** Lets a silenced member post again before their time is up. */
		async liftSilence(ctx: ActionContext, reader: ForumReader, userId: string, input: unknown) {
			const { reason } = parseInput(reasonInput, input);
			await act(ctx, reader, async (tx, record) => {
				const gone = await tx.delete(forumSilence).where(eq(forumSilence.userId, userId)).returning();
				if (!gone.length) throw notFound();
				await record({
					action: 'unsilence',
					subjectId: userId,
					topicId: null,
					postId: null,
					reason,
					details: {},
					path: '/forum'
				});
			});
		},

		/** Members silenced now, soonest to end first (the console's list). */
		async silencedMembers() {
			return db
				.select({
					userId: forumSilence.userId,
					name: user.name,
					until: forumSilence.until,
					reason: forumSilence.reason,
					createdAt: forumSilence.createdAt
				})
				.from(forumSilence)
				.innerJoin(user, eq(user.id, forumSilence.userId))
				.where(gt(forumSilence.until, clock.now()))
				.orderBy(asc(forumSilence.until));
		},

		/** A silence in force for the reader, to tell them on the forum's pages. */
		silenceFor: (reader: ForumReader) => silenceOf(db, reader.userId, clock.now()),

		/**
		 * What staff did to the reader's own posts and topic, with the reasons: shown to the writer
		 * alone on the topic page (latest first).
		 */
		async notesFor(reader: ForumReader, topicId: number) {
			if (!reader.userId) return [];
			return db
				.select({
					action: forumModerationNote.action,
					postId: forumModerationNote.postId,
					reason: forumModerationNote.reason,
					details: forumModerationNote.details,
					createdAt: forumModerationNote.createdAt
				})
				.from(forumModerationNote)
				.where(
					and(eq(forumModerationNote.topicId, topicId), eq(forumModerationNote.subjectId, reader.userId))
				)
				.orderBy(desc(forumModerationNote.createdAt))
				.limit(50);
		},

		/** One post for a moderator: its text (hidden or not), topic, writer, open flags and notes. */
		async postForModeration(reader: ForumReader, postId: string) {
			if (!reader.moderator) throw refuse();
			const [row] = await db
				.select({ post: forumPost, topic: forumTopic, author: user.name })
				.from(forumPost)
				.innerJoin(forumTopic, eq(forumTopic.id, forumPost.topicId))
				.leftJoin(user, eq(user.id, forumPost.authorId))
				.where(eq(forumPost.id, postId));
			if (!row) throw notFound();
			const [flags, notes, silence] = await Promise.all([
				db
					.select({
						id: forumFlag.id,
						reason: forumFlag.reason,
						note: forumFlag.note,
						createdAt: forumFlag.createdAt,
						flagger: user.name
					})
					.from(forumFlag)
					.innerJoin(user, eq(user.id, forumFlag.flaggerId))
					.where(and(eq(forumFlag.postId, postId), isNull(forumFlag.resolvedAt)))
					.orderBy(asc(forumFlag.createdAt)),
				db
					.select({
						action: forumModerationNote.action,
						reason: forumModerationNote.reason,
						createdAt: forumModerationNote.createdAt,
						moderator: user.name
					})
					.from(forumModerationNote)
					.leftJoin(user, eq(user.id, forumModerationNote.moderatorId))
					.where(eq(forumModerationNote.postId, postId))
					.orderBy(desc(forumModerationNote.createdAt)),
				silenceOf(db, row.post.authorId, clock.now())
			]);
			const { body, ...post } = row.post;
			return {
				post: { ...post, html: renderDocument(body), body },
				topic: row.topic,
				author: row.author,
				flags,
				notes,
				silence
			};
		},

		/** One topic for a moderator, whatever its state, with the categories it may move to. */
		async topicForModeration(reader: ForumReader, topicId: number) {
			if (!reader.moderator) throw refuse();
			const [row] = await db
				.select({ topic: forumTopic, author: user.name })
				.from(forumTopic)
				.leftJoin(user, eq(user.id, forumTopic.authorId))
				.where(eq(forumTopic.id, topicId));
			if (!row) throw notFound();
			const categories = await db.select().from(forumCategory).orderBy(asc(forumCategory.position));
			return { ...row, categories };
		}
	};
	return { act, actions };
}

export type ForumModeration = ReturnType<typeof createForumModeration>;
