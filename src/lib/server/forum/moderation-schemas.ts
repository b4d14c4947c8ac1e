import { z } from 'zod';
import { flagReasons } from './moderation-schema.ts';
import { replyInput, topicIdFrom } from './schemas.ts';

/** Why a moderator acts: told to the member and kept in the audit log, so never empty. */
export const reasonField = z
	.string({ error: 'errors.field.moderationReason' })
	.trim()
	.min(1, 'errors.field.moderationReason')
	.max(1000);

export const reasonInput = z.object({ reason: reasonField });

/** Locking or pinning a topic: which change (nothing else is one), with its reason. */
export const topicStateInput = reasonInput.extend({
	change: z.enum(['lock', 'unlock', 'pin', 'unpin'], { error: 'errors.field.required' })
});

/** A member's flag: one of the reasons, and a note (needed when the reason is "other"). */
export const flagInput = z
	.object({
		reason: z.enum(flagReasons, { error: 'errors.field.flagReason' }),
		note: z.string().trim().max(1000).default('')
	})
	.refine((f) => f.reason !== 'other' || f.note.length > 0, {
		message: 'errors.field.flagNote',
		path: ['note']
	});

/** A staff edit: the new text (checked like any post) and why it was changed. */
export const staffEditInput = z.intersection(replyInput, reasonInput);

/** Moving a topic to another category. */
export const moveInput = z.object({
	category: z.string({ error: 'errors.field.forumCategory' }).trim().min(1, 'errors.field.forumCategory'),
	reason: reasonField
});

/** Merging a topic into another, named by its number or its address (/forum/t/42-title). */
export const mergeInput = z.object({
	into: z
		.string({ error: 'errors.field.mergeTarget' })
		.trim()
		.transform((v, ctx) => {
			const id = topicIdFrom(v.replace(/^.*\/forum\/t\//, ''));
			if (id === null) {
				ctx.addIssue({ code: 'custom', message: 'errors.field.mergeTarget' });
				return z.NEVER;
			}
			return id;
		}),
	reason: reasonField
});

/** How long a silence lasts, in hours: an hour, a day, three days, a week, a month. */
export const silenceHours = [1, 24, 72, 168, 720] as const;
export const silenceInput = z.object({
	hours: z.coerce
		.number({ error: 'errors.field.silenceLength' })
		.refine((h) => (silenceHours as readonly number[]).includes(h), 'errors.field.silenceLength'),
	reason: reasonField
});
