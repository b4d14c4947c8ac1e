import { z } from 'zod';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Executor } from '../core/db.ts';
import { AppError, type FieldErrors } from '../core/errors.ts';
import { putSetting, type SettingKey } from '../settings/service.ts';
import { forumAbuseSettings, type ForumAbuseSettings } from './anti-abuse.ts';

/** The administrator's "Forum anti-abuse" form: each limit, its allowed range and its setting. */
export const forumLimitRanges = {
	postsPerMinute: { min: 1, max: 60, setting: 'forum.postsPerMinute' },
	approvalPosts: { min: 0, max: 20, setting: 'forum.approvalPosts' },
	newMemberLinks: { min: 0, max: 50, setting: 'forum.newMemberLinks' },
	newMemberPosts: { min: 0, max: 100, setting: 'forum.newMemberPosts' }
} as const satisfies Record<keyof ForumAbuseSettings, { min: number; max: number; setting: SettingKey }>;

type Field = keyof typeof forumLimitRanges;
const fields = Object.keys(forumLimitRanges) as Field[];

const whole = (f: Field) => z.coerce.number().int().min(forumLimitRanges[f].min).max(forumLimitRanges[f].max);
const forumLimitsInput = z.object({
	postsPerMinute: whole('postsPerMinute'),
	approvalPosts: whole('approvalPosts'),
	newMemberLinks: whole('newMemberLinks'),
	newMemberPosts: whole('newMemberPosts')
});

/** Validates the form, naming the allowed range of each field that is out of it. */
export function parseForumLimits(values: unknown): ForumAbuseSettings {
	const result = forumLimitsInput.safeParse(values);
	if (result.success) return result.data;
	const problems: FieldErrors = {};
	for (const issue of result.error.issues) {
		const name = String(issue.path[0]) as Field;
		const range = forumLimitRanges[name];
		if (range)
			problems[name] = { key: 'moderation.settings.range', params: { min: range.min, max: range.max } };
	}
	throw new AppError('validation_failed', 'Invalid input', { fields: problems });
}

/** Stores the limits that changed, each with its audit entry, inside the caller's transaction. */
export async function saveForumLimits(tx: Executor, ctx: ActionContext, input: ForumAbuseSettings) {
	const current = await forumAbuseSettings(tx);
	for (const f of fields) {
		if (input[f] === current[f]) continue;
		const key = forumLimitRanges[f].setting;
		await putSetting(tx, key, input[f], ctx.actorId);
		await recordAudit(tx, ctx, {
			action: 'settings.update',
			targetType: 'setting',
			targetId: key,
			details: { value: input[f], previous: current[f] }
		});
	}
}
