import type { Database } from '../core/db.ts';
import type { Jobs } from '../core/jobs.ts';
import type { ModerationEvent } from '../forum/moderation.ts';
import { recipientById, translatorFor } from './emails.ts';

/**
 * Tells a member by email what staff did to their post or topic and why (the forum shows the same on
 * the item). A service message, not a subscription: it has no unsubscribe link, and it is sent even
 * to people who turned forum emails off.
 */
export async function emailModeration(
	deps: { db: Database; jobs: Jobs; origin: string },
	event: ModerationEvent
): Promise<void> {
	if (!event.subjectId || event.subjectId === event.moderatorId) return;
	const r = await recipientById(deps.db, event.subjectId);
	if (!r) return;
	const t = translatorFor(r);
	const n = typeof event.details.number === 'number' ? event.details.number : '';
	const title = typeof event.details.title === 'string' ? event.details.title : '';
	const lines = [
		t(`moderation.actions.${event.action}`, { n, title }),
		...(event.reason ? ['', `${t('moderation.email.reason')} ${event.reason}`] : []),
		...(event.path ? ['', `${t('notifications.email.open')} ${deps.origin}${event.path}`] : []),
		'',
		t('email.footer')
	];
	await deps.jobs.send('mail.send', {
		to: r.email,
		subject: t('moderation.email.subject'),
		text: lines.join('\n')
	});
}
