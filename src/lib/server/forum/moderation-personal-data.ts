import { eq } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { plainText } from '../content/document.ts';
import {
	forumFlag,
	forumModerationNote,
	forumPendingPost,
	forumPostRevision,
	forumSilence
} from './moderation-schema.ts';
import { forumPost } from './schema.ts';

/**
 * What forum moderation holds about a person, for their data export and account deletion: the flags
 * they sent, what staff told them and why, a silence, their posts waiting for approval, and earlier
 * versions of their posts. On deletion their flags, notes, silence and waiting posts go; versions of
 * posts that stay in conversations stay with the posts (the editor's name is emptied by the database).
 */
export const forumModerationPersonalData: PersonalDataSource = {
	name: 'forumModeration',
	async export(db: Executor, person) {
		const [flags, notes, silence, waiting, versions] = await Promise.all([
			db
				.select({
					postId: forumFlag.postId,
					reason: forumFlag.reason,
					note: forumFlag.note,
					createdAt: forumFlag.createdAt
				})
				.from(forumFlag)
				.where(eq(forumFlag.flaggerId, person.id)),
			db
				.select({
					action: forumModerationNote.action,
					topicId: forumModerationNote.topicId,
					reason: forumModerationNote.reason,
					createdAt: forumModerationNote.createdAt
				})
				.from(forumModerationNote)
				.where(eq(forumModerationNote.subjectId, person.id)),
			db
				.select({ until: forumSilence.until, reason: forumSilence.reason })
				.from(forumSilence)
				.where(eq(forumSilence.userId, person.id)),
			db.select().from(forumPendingPost).where(eq(forumPendingPost.authorId, person.id)),
			db
				.select({
					postId: forumPostRevision.postId,
					version: forumPostRevision.version,
					body: forumPostRevision.body
				})
				.from(forumPostRevision)
				.innerJoin(forumPost, eq(forumPost.id, forumPostRevision.postId))
				.where(eq(forumPost.authorId, person.id))
		]);
		return {
			flags,
			notesFromStaff: notes,
			silence: silence[0] ?? null,
			waitingPosts: waiting.map((w) => ({
				title: w.title,
				text: plainText(w.body),
				createdAt: w.createdAt,
				rejectReason: w.rejectReason
			})),
			postVersions: versions.map(({ body, ...v }) => ({ ...v, text: plainText(body) }))
		};
	},
	async erase(db: Executor, person) {
		await db.delete(forumFlag).where(eq(forumFlag.flaggerId, person.id));
		await db.delete(forumModerationNote).where(eq(forumModerationNote.subjectId, person.id));
		await db.delete(forumSilence).where(eq(forumSilence.userId, person.id));
		await db.delete(forumPendingPost).where(eq(forumPendingPost.authorId, person.id));
	}
};
