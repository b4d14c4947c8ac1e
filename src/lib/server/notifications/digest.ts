import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import type { Jobs } from '../core/jobs.ts';
import type { Logger } from '../core/logger.ts';
import { formatters } from '../../i18n/format.ts';
import { isLocale } from '../../i18n/index.ts';
import type { ForumAccess } from '../forum/policy.ts';
import { pageOfPost, topicPath } from '../forum/reading.ts';
import { newPostsByTopic } from '../forum/service.ts';
import { recipientsOf } from './audience.ts';
import { framedEmail, translatorFor } from './emails.ts';
import { notificationsPolicy } from './policy.ts';
import { categorySubscription, notificationSetting, topicSubscription } from './schema.ts';
import type { unsubscribeTokens } from './tokens.ts';

/** The queue of the scheduled digest runs: `{ frequency: 'daily' | 'weekly' }`. */
export const digestQueue = 'notifications.digest';

export type DigestRun = 'daily' | 'weekly';

const hour = 60 * 60 * 1000;
const periods: Record<DigestRun, number> = { daily: 24 * hour, weekly: 7 * 24 * hour };

/** At most this many topics in one digest; the rest is counted. */
export const digestTopics = 25;

export interface DigestDeps {
	db: Database;
	clock: Clock;
	jobs: Jobs;
	logger: Logger;
	origin: string;
	digestHourUtc: number;
	tokens: ReturnType<typeof unsubscribeTokens>;
}

/** One topic in a digest: new, or with new replies, since the last one. */
export interface DigestItem {
	topicId: number;
	title: string;
	path: string;
	categoryEn: string;
	categoryKo: string;
	newTopic: boolean;
	newPosts: number;
}

/**
 * The next time a digest run is due after `from`: every day at the digest hour (UTC), and on Sundays
 * (UTC) at that hour for the weekly one.
 */
export function nextRun(run: DigestRun, from: Date, hourUtc: number): Date {
	const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), hourUtc));
	while (d <= from || (run === 'weekly' && d.getUTCDay() !== 0)) d.setUTCDate(d.getUTCDate() + 1);
	return d;
}

/** A stable job id for one scheduled run, so queuing it again (every start) adds nothing. */
const runId = (run: DigestRun, at: Date) => {
	const h = createHash('sha256').update(`${digestQueue}:${run}:${at.toISOString()}`).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * Digests: for each person who chose one, the new topics and replies since their last digest in
 * the categories they may read today, leaving out what they muted and what they wrote themselves.
 * Nothing new, no email. The embedded database runs pg-boss without its cron, so each run queues
 * the next one (with a stable id, so restarts and several processes queue it once); a person's
 * digest is claimed by moving their `lastDigestAt` first, so a run done twice sends once.
 */
export function createDigests(deps: DigestDeps) {
	const { db } = deps;

	const digests = {
		/** What one person's digest holds for posts in (since, until]. */
		async contentsFor(userId: string, access: ForumAccess, since: Date, until: Date) {
			const rows = await newPostsByTopic(db, {
				readerId: userId,
				visibilities: notificationsPolicy.readableVisibilities(access),
				since,
				until
			});
			if (rows.length === 0) return [];
			const [topicLevels, categoryLevels] = await Promise.all([
				db
					.select({ topicId: topicSubscription.topicId, level: topicSubscription.level })
					.from(topicSubscription)
					.where(
						and(
							eq(topicSubscription.userId, userId),
							inArray(
								topicSubscription.topicId,
								rows.map((r) => r.topicId)
							)
						)
					),
				db
					.select({ categoryId: categorySubscription.categoryId, level: categorySubscription.level })
					.from(categorySubscription)
					.where(
						and(
							eq(categorySubscription.userId, userId),
							inArray(categorySubscription.categoryId, [...new Set(rows.map((r) => r.categoryId))])
						)
					)
			]);
			const topicLevel = new Map(topicLevels.map((l) => [l.topicId, l.level]));
			const categoryLevel = new Map(categoryLevels.map((l) => [l.categoryId, l.level]));
			const items: DigestItem[] = rows
				.filter((r) =>
					notificationsPolicy.inDigest({
						topic: topicLevel.get(r.topicId) ?? null,
						category: categoryLevel.get(r.categoryId) ?? null
					})
				)
				.map((r) => ({
					topicId: r.topicId,
					title: r.title,
					path: `${topicPath({ id: r.topicId, slug: r.slug })}?page=${pageOfPost(r.firstNew)}#post-${r.firstNew}`,
					categoryEn: r.categoryEn,
					categoryKo: r.categoryKo,
					newTopic: r.firstNew === 1 && r.createdAt > since,
					newPosts: r.newPosts
				}));
			return items;
		},

		/**
		 * Sends the digests due in this run to everyone who chose this frequency and had none in the
		 * last period (give or take an hour). Returns how many emails were queued.
		 */
		async send(run: DigestRun): Promise<number> {
			const until = deps.clock.now();
			const dueBefore = new Date(until.getTime() - periods[run] + hour);
			const due = await db
				.select()
				.from(notificationSetting)
				.where(
					and(
						eq(notificationSetting.digest, run),
						or(isNull(notificationSetting.lastDigestAt), lte(notificationSetting.lastDigestAt, dueBefore))
					)
				);
			const people = await recipientsOf(
				db,
				due.map((d) => d.userId)
			);
			let sent = 0;
			for (const setting of due) {
				const r = people.get(setting.userId);
				if (!r) continue;
				const since = setting.lastDigestAt ?? new Date(until.getTime() - periods[run]);
				const [claimed] = await db
					.update(notificationSetting)
					.set({ lastDigestAt: until })
					.where(
						and(
							eq(notificationSetting.userId, setting.userId),
							setting.lastDigestAt
								? eq(notificationSetting.lastDigestAt, setting.lastDigestAt)
								: isNull(notificationSetting.lastDigestAt)
						)
					)
					.returning({ userId: notificationSetting.userId });
				if (!claimed) continue;
				const items = await digests.contentsFor(r.userId, r.access, since, until);
				if (items.length === 0) continue;
				const t = translatorFor(r);
				const f = formatters(isLocale(r.locale) ? r.locale : 'en');
				const shown = items.slice(0, digestTopics);
				const lines = shown.flatMap((i) => {
					const what = [
						...(i.newTopic ? [t('notifications.email.digest.newTopic')] : []),
						t('notifications.email.digest.newPosts', { n: i.newPosts })
					].join(', ');
					const category = r.locale === 'ko' ? i.categoryKo : i.categoryEn;
					return [`• ${i.title} (${category}) — ${what}`, `  ${deps.origin}${i.path}`, ''];
				});
				const more =
					items.length > shown.length
						? [t('notifications.email.digest.more', { n: items.length - shown.length }), '']
						: [];
				await deps.jobs.send(
					'mail.send',
					framedEmail(deps, r, 'digest', {
						subject: t(`notifications.email.digest.${run}.subject`),
						body: [
							t('notifications.email.digest.body', { recipient: r.name, since: f.date(since) }),
							'',
							...lines,
							...more
						]
							.join('\n')
							.trimEnd()
					}),
					{ priority: -1 }
				);
				sent++;
			}
			return sent;
		},

		/** Queues the next run of a digest (idempotent: the same run is queued once). */
		async scheduleNext(run: DigestRun): Promise<void> {
			const at = nextRun(run, deps.clock.now(), deps.digestHourUtc);
			await deps.jobs.send(digestQueue, { run }, { startAfter: at, id: runId(run, at) });
		},

		/** The job: queue the next run first (a failing run must not end the schedule), then send. */
		async runScheduled(run: DigestRun): Promise<void> {
			await digests.scheduleNext(run);
			const sent = await digests.send(run);
			deps.logger.info({ run, sent }, 'forum digests sent');
		}
	};
	return digests;
}

export type Digests = ReturnType<typeof createDigests>;
