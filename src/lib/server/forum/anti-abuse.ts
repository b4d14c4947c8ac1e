import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { getSetting } from '../settings/service.ts';
import type { StoryDocument, StoryNode } from '../content/document.ts';
import { forumPendingPost, forumSilence } from './moderation-schema.ts';
import type { ForumReader } from './policy.ts';
import { forumPost } from './schema.ts';

/** The administrator's forum anti-abuse settings, with their defaults. */
export async function forumAbuseSettings(db: Executor) {
	const [postsPerMinute, approvalPosts, newMemberLinks, newMemberPosts] = await Promise.all([
		getSetting(db, 'forum.postsPerMinute'),
		getSetting(db, 'forum.approvalPosts'),
		getSetting(db, 'forum.newMemberLinks'),
		getSetting(db, 'forum.newMemberPosts')
	]);
	return { postsPerMinute, approvalPosts, newMemberLinks, newMemberPosts };
}
export type ForumAbuseSettings = Awaited<ReturnType<typeof forumAbuseSettings>>;

const bareUrl = /\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * How many links a post holds: each run of text under one link mark, plus web addresses typed as
 * plain text (they are not clickable, but a spammer's reader copies them all the same).
 */
export function linksIn(doc: StoryDocument): number {
	let links = 0;
	const walk = (nodes: StoryNode[] = []) => {
		let previousHref: unknown = null;
		for (const n of nodes) {
			const href = n.marks?.find((m) => m.type === 'link')?.attrs?.href ?? null;
			if (href && href !== previousHref) links++;
			else if (!href && n.text) links += n.text.match(bareUrl)?.length ?? 0;
			previousHref = href;
			walk(n.content);
		}
	};
	walk(doc.content);
	return links;
}

/** A silence in force for a member, if any: until when, and why. */
export async function silenceOf(db: Executor, userId: string | null, now: Date) {
	if (!userId) return null;
	const [s] = await db
		.select({ until: forumSilence.until, reason: forumSilence.reason })
		.from(forumSilence)
		.where(and(eq(forumSilence.userId, userId), gt(forumSilence.until, now)));
	return s ?? null;
}

/** The member's posts readers can see: the measure of how new they are. */
export async function approvedPostsOf(db: Executor, userId: string) {
	const [{ n }] = await db
		.select({ n: count() })
		.from(forumPost)
		.where(and(eq(forumPost.authorId, userId), isNull(forumPost.hiddenAt)));
	return n;
}

/** A date and time for a message that is read in any language: 2026-09-08 12:00 (Seoul time). */
const seoulTime = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Asia/Seoul',
	dateStyle: 'short',
	timeStyle: 'short'
});
export const untilText = (d: Date) => `${seoulTime.format(d)} KST`;

/** Refuses a silenced member, saying until when and why. */
export async function refuseSilenced(db: Executor, userId: string, now: Date) {
	const silence = await silenceOf(db, userId, now);
	if (silence)
		throw new AppError('member_silenced', 'Silenced', {
			params: { until: untilText(silence.until), reason: silence.reason }
		});
}

/** Refuses a post over the posting rate: counts the member's posts (waiting ones too) of the last minute. */
async function refuseTooFast(db: Executor, userId: string, max: number, now: Date) {
	const since = new Date(now.getTime() - 60_000);
	const recent = await Promise.all([
		db
			.select({ at: forumPost.createdAt })
			.from(forumPost)
			.where(and(eq(forumPost.authorId, userId), gt(forumPost.createdAt, since))),
		db
			.select({ at: forumPendingPost.createdAt })
			.from(forumPendingPost)
			.where(and(eq(forumPendingPost.authorId, userId), gt(forumPendingPost.createdAt, since)))
	]);
	const times = recent.flat().map((r) => r.at.getTime());
	if (times.length < max) return;
	const seconds = Math.max(1, Math.ceil((Math.min(...times) + 60_000 - now.getTime()) / 1000));
	throw new AppError('posting_too_fast', 'Too many posts', { params: { max, seconds } });
}

/** Refuses more links than a new member may post; returns how many posts of theirs are approved. */
async function refuseTooManyLinks(db: Executor, userId: string, body: StoryDocument, s: ForumAbuseSettings) {
	const approved = await approvedPostsOf(db, userId);
	if (approved < s.newMemberPosts && linksIn(body) > s.newMemberLinks)
		throw new AppError('validation_failed', 'Too many links for a new member', {
			fields: {
				body: {
					key: 'errors.field.postTooManyLinks',
					params: { max: s.newMemberLinks, posts: s.newMemberPosts }
				}
			}
		});
	return approved;
}

/**
 * Checks a member may post this text now, before anything is written: not silenced, not over the
 * posting rate, not over the new members' link limit. Says whether the post must wait for a
 * reviewer (a new member's first posts, when the setting asks for it). Staff are exempt.
 */
export async function checkWriter(
	db: Executor,
	reader: ForumReader,
	body: StoryDocument,
	now: Date
): Promise<{ needsApproval: boolean }> {
	const userId = reader.userId;
	if (!userId || reader.access === 'staff') return { needsApproval: false };
	await refuseSilenced(db, userId, now);
	const settings = await forumAbuseSettings(db);
	await refuseTooFast(db, userId, settings.postsPerMinute, now);
	const approved = await refuseTooManyLinks(db, userId, body, settings);
	return { needsApproval: approved < settings.approvalPosts };
}

/** The checks an edit goes through: not silenced, and the new members' link limit. Staff are exempt. */
export async function checkEdit(db: Executor, reader: ForumReader, body: StoryDocument, now: Date) {
	if (!reader.userId || reader.access === 'staff') return;
	await refuseSilenced(db, reader.userId, now);
	await refuseTooManyLinks(db, reader.userId, body, await forumAbuseSettings(db));
}
