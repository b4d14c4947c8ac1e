import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../core/clock.ts';
import type { Database, Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import {
	documentFromText,
	imageIdsIn,
	plainText,
	storyDocument,
	videoIdsIn,
	type StoryDocument
} from '../content/document.ts';
import { forumDraft } from './extras-schema.ts';
import { forumPolicy, type ForumReader } from './policy.ts';
import { forumCategory, forumPost, forumTopic } from './schema.ts';
import { maxPostCharacters } from './schemas.ts';

/**
 * Drafts that survive a reload: what a person was writing (a reply, or a new topic with its category
 * and title) is saved on the server while they type and given back when they open the page again;
 * posting removes it. On the server rather than in the browser's storage because pictures in a draft
 * must be known to be in use (the unused-upload check would remove them a day later otherwise), a
 * draft follows its writer to another device, and nothing stays behind in a shared browser after
 * signing out.
 */

/** A reply to a topic, or the one new topic a person is writing. */
export const draftKey = z.union([z.literal('new'), z.string().regex(/^topic:\d{1,9}$/)]);
export type DraftKey = z.infer<typeof draftKey>;

const draftInput = z.preprocess(
	(v) => {
		if (!v || typeof v !== 'object') return v;
		const raw = v as Record<string, unknown>;
		return {
			...raw,
			body: raw.body ? raw.body : documentFromText(typeof raw.bodyText === 'string' ? raw.bodyText : '')
		};
	},
	z.object({
		key: draftKey,
		category: z.string().trim().max(100).optional().default(''),
		title: z.string().trim().max(160).optional().default(''),
		// Checked by the stories' allow-list (a draft may be empty or unfinished, never unsafe).
		body: storyDocument,
		/** When the page was loaded: a save that arrives after a post from that page is too late. */
		loadedAt: z.coerce.date().optional()
	})
);

const mediaIds = (doc: StoryDocument) => [...imageIdsIn(doc), ...videoIdsIn(doc)];

/** Removes a person's draft (inside the transaction that posts it). */
export async function clearDraft(tx: Executor, userId: string, key: DraftKey) {
	await tx.delete(forumDraft).where(and(eq(forumDraft.userId, userId), eq(forumDraft.key, key)));
}

export interface DraftDeps {
	db: Database;
	clock: Clock;
	/** Uploads a draft stopped showing, for the unused-upload check. */
	mediaReleased?: (ids: string[]) => Promise<void>;
}

/** Saving, reading and discarding drafts, each for the person who writes them only. */
export function createForumDrafts(deps: DraftDeps) {
	const { db } = deps;
	const writer = (reader: ForumReader) => {
		if (!reader.userId || (reader.access !== 'mate' && reader.access !== 'staff'))
			throw new AppError('forbidden', 'Only Mates and staff write in the forum');
		return reader.userId;
	};
	const previous = async (userId: string, key: string) =>
		(
			await db
				.select({ body: forumDraft.body })
				.from(forumDraft)
				.where(and(eq(forumDraft.userId, userId), eq(forumDraft.key, key)))
		)[0]?.body ?? null;
	const release = async (before: StoryDocument | null, after: StoryDocument | null) => {
		const kept = new Set(after ? mediaIds(after) : []);
		const gone = before ? mediaIds(before).filter((id) => !kept.has(id)) : [];
		if (gone.length) await deps.mediaReleased?.(gone);
	};
	/** Whether the person posted from this place since the page was loaded (the draft is spent). */
	const postedSince = async (userId: string, key: DraftKey, since: Date) => {
		const rows =
			key === 'new'
				? await db
						.select({ id: forumTopic.id })
						.from(forumTopic)
						.where(and(eq(forumTopic.authorId, userId), gt(forumTopic.createdAt, since)))
						.limit(1)
				: await db
						.select({ id: forumPost.id })
						.from(forumPost)
						.where(
							and(
								eq(forumPost.topicId, Number(key.slice('topic:'.length))),
								eq(forumPost.authorId, userId),
								gt(forumPost.createdAt, since)
							)
						)
						.limit(1);
		return rows.length > 0;
	};

	return {
		/**
		 * Keeps what a person is writing. An empty draft is removed instead; a reply draft needs a topic
		 * the person may reply to, a topic draft remembers a category only if they may start topics in it.
		 */
		async saveDraft(reader: ForumReader, input: unknown): Promise<{ saved: boolean }> {
			const userId = writer(reader);
			const data = parseInput(draftInput, input);
			if (plainText(data.body).length > maxPostCharacters)
				throw new AppError('validation_failed', 'Draft too long', {
					fields: { body: { key: 'errors.field.postTooLong' } }
				});
			if (data.loadedAt && (await postedSince(userId, data.key, data.loadedAt))) return { saved: false };
			let categoryId: string | null = null;
			if (data.key === 'new' && data.category) {
				const [c] = await db.select().from(forumCategory).where(eq(forumCategory.id, data.category));
				categoryId = c && forumPolicy.canStartTopic(reader.access, c) ? c.id : null;
			} else if (data.key !== 'new') {
				const [row] = await db
					.select({ topic: forumTopic, category: forumCategory })
					.from(forumTopic)
					.innerJoin(forumCategory, eq(forumCategory.id, forumTopic.categoryId))
					.where(eq(forumTopic.id, Number(data.key.slice('topic:'.length))));
				if (!row || !forumPolicy.canReply(reader.access, row.category, row.topic))
					throw new AppError('not_found', 'No such topic');
			}
			const before = await previous(userId, data.key);
			const empty = !plainText(data.body).trim() && mediaIds(data.body).length === 0 && !data.title;
			if (empty) await clearDraft(db, userId, data.key);
			else
				await db
					.insert(forumDraft)
					.values({
						userId,
						key: data.key,
						categoryId,
						title: data.title,
						body: data.body,
						updatedAt: deps.clock.now()
					})
					.onConflictDoUpdate({
						target: [forumDraft.userId, forumDraft.key],
						set: { categoryId, title: data.title, body: data.body, updatedAt: deps.clock.now() }
					});
			await release(before, empty ? null : data.body);
			return { saved: !empty };
		},

		/** The person's draft for this place, or null (visitors and readers who do not write have none). */
		async draftFor(reader: ForumReader, key: DraftKey) {
			if (!reader.userId) return null;
			const [row] = await db
				.select()
				.from(forumDraft)
				.where(and(eq(forumDraft.userId, reader.userId), eq(forumDraft.key, key)));
			return row ? { ...row, plain: plainText(row.body) } : null;
		},

		/** Throws a draft away (the writer's "Discard draft"). */
		async discardDraft(reader: ForumReader, key: DraftKey) {
			const userId = writer(reader);
			const before = await previous(userId, key);
			await clearDraft(db, userId, key);
			await release(before, null);
		}
	};
}
