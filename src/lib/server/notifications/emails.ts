import { and, eq, inArray, isNull } from 'drizzle-orm';
import { isLocale, translator, type Translate } from '../../i18n/index.ts';
import { user } from '../accounts/schema.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import type { Jobs } from '../core/jobs.ts';
import type { MailMessage } from '../core/mailer.ts';
import { forumPolicy } from '../forum/policy.ts';
import { pageOfPost, topicPath } from '../forum/reading.ts';
import { forumPostRows, forumReadMarks, forumTopicRows } from '../forum/service.ts';
import { excerpt, plainText } from '../content/document.ts';
import { recipientsOf, type Recipient } from './audience.ts';
import { notification, notificationSetting, type NotificationKind } from './schema.ts';
import type { UnsubscribeScope, unsubscribeTokens } from './tokens.ts';

export interface NotificationEmailDeps {
	db: Database;
	clock: Clock;
	jobs: Jobs;
	origin: string;
	tokens: ReturnType<typeof unsubscribeTokens>;
}

/** How much of a post an email quotes; the rest is a click away. */
const excerptLength = 600;

/** The recipient's language for an email (English when they never chose one). */
export const translatorFor = (r: { locale: string | null }): Translate =>
	translator(isLocale(r.locale) ? r.locale : 'en');

/**
 * A notification email's frame: what happened, then links to read, to stop this kind of email
 * (works without signing in) and to change every choice; List-Unsubscribe names the same link.
 */
export function framedEmail(
	deps: Pick<NotificationEmailDeps, 'origin' | 'tokens'>,
	r: Recipient,
	scope: UnsubscribeScope,
	message: { subject: string; body: string }
): MailMessage {
	const t = translatorFor(r);
	const unsubscribe = `${deps.origin}/unsubscribe/${deps.tokens.tokenFor(r.userId, scope)}`;
	const text = [
		message.body,
		'',
		'—',
		`${t(scope === 'instant' ? 'notifications.email.unsubscribe' : 'notifications.email.digest.unsubscribe')} ${unsubscribe}`,
		`${t('notifications.email.settings')} ${deps.origin}/account`,
		'',
		t('email.footer')
	].join('\n');
	return { to: r.email, subject: message.subject, text, headers: { 'List-Unsubscribe': `<${unsubscribe}>` } };
}

/**
 * Instant emails, sent by the `notifications.email` job for the notifications one post caused: each
 * one is looked at again when the job runs (may they still read it? do they still want instant
 * emails? did they read it already in the app?) and marked, so a retried job emails nobody twice.
 */
export function createNotificationEmails(deps: NotificationEmailDeps) {
	const { db } = deps;

	const build = (
		r: Recipient,
		n: {
			kind: NotificationKind;
			actor: string | null;
			title: string;
			category: string;
			text: string;
			link: string;
		}
	) => {
		const t = translatorFor(r);
		const vars = {
			recipient: r.name,
			name: n.actor ?? t('notifications.someone'),
			title: n.title,
			category: n.category
		};
		return framedEmail(deps, r, 'instant', {
			subject: t(`notifications.email.${n.kind}.subject`, vars),
			body: [
				t(`notifications.email.${n.kind}.body`, vars),
				'',
				excerpt(n.text, excerptLength),
				'',
				`${t('notifications.email.open')} ${n.link}`
			].join('\n')
		});
	};

	return {
		/** Emails each of these notifications not emailed yet to whoever still wants and may read it. */
		async sendInstant(ids: string[]): Promise<number> {
			if (ids.length === 0) return 0;
			const [topics, posts, marks] = [forumTopicRows(db), forumPostRows(db), forumReadMarks(db)];
			const rows = await db
				.select({
					id: notification.id,
					userId: notification.userId,
					kind: notification.kind,
					number: notification.postNumber,
					readAt: notification.readAt,
					lastRead: marks.lastRead,
					topicId: topics.topicId,
					topicSlug: topics.slug,
					title: topics.title,
					visibility: topics.visibility,
					categoryEn: topics.categoryEn,
					categoryKo: topics.categoryKo,
					body: posts.body,
					actor: user.name
				})
				.from(notification)
				.innerJoin(posts, eq(posts.postId, notification.postId))
				.innerJoin(topics, eq(topics.topicId, notification.topicId))
				.leftJoin(user, eq(user.id, notification.actorId))
				.leftJoin(marks, and(eq(marks.userId, notification.userId), eq(marks.topicId, notification.topicId)))
				// A post hidden (or a topic deleted) before the email went is not sent.
				.where(
					and(
						inArray(notification.id, ids),
						isNull(notification.emailedAt),
						isNull(posts.hiddenAt),
						isNull(topics.deletedAt)
					)
				);
			if (rows.length === 0) return 0;
			const userIds = rows.map((r) => r.userId);
			const [people, settings] = await Promise.all([
				recipientsOf(db, userIds),
				db.select().from(notificationSetting).where(inArray(notificationSetting.userId, userIds))
			]);
			const instantOff = new Set(settings.filter((s) => !s.instantEmail).map((s) => s.userId));
			let sent = 0;
			for (const n of rows) {
				const r = people.get(n.userId);
				const wanted =
					r &&
					!instantOff.has(n.userId) &&
					forumPolicy.canRead(r.access, n) &&
					!n.readAt &&
					(n.lastRead ?? 0) < n.number;
				if (r && wanted) {
					const link = `${deps.origin}${topicPath({ id: n.topicId, slug: n.topicSlug })}?page=${pageOfPost(n.number)}#post-${n.number}`;
					await deps.jobs.send(
						'mail.send',
						build(r, {
							kind: n.kind,
							actor: n.actor,
							title: n.title,
							category: r.locale === 'ko' ? n.categoryKo : n.categoryEn,
							text: plainText(n.body),
							link
						})
					);
					sent++;
				}
				await db.update(notification).set({ emailedAt: deps.clock.now() }).where(eq(notification.id, n.id));
			}
			return sent;
		}
	};
}

/** A person by id as an email recipient (for the digest), or null when disabled or gone. */
export async function recipientById(db: Database, userId: string): Promise<Recipient | null> {
	return (await recipientsOf(db, [userId])).get(userId) ?? null;
}
