import { z } from 'zod';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Executor } from '../core/db.ts';
import { AppError, type FieldErrors } from '../core/errors.ts';
import { getSetting, putSetting, type SettingKey } from '../settings/service.ts';
import { mediaLimits } from './limits.ts';

const megabyte = 1024 * 1024;

/** What an administrator may set each upload limit to, in whole megabytes, and the setting it goes to. */
export const uploadLimitRanges = {
	maxImageMb: { min: 1, max: 100, key: 'media.maxImageBytes' },
	maxVideoMb: { min: 10, max: 4096, key: 'media.maxVideoBytes' },
	quotaMb: { min: 100, max: 102_400, key: 'media.mateUploadQuotaBytes' }
} as const satisfies Record<string, { min: number; max: number; key: SettingKey }>;

type LimitField = keyof typeof uploadLimitRanges;

const megabytes = (field: LimitField) =>
	z.coerce.number().int().min(uploadLimitRanges[field].min).max(uploadLimitRanges[field].max);

/** The "Uploads" form on the settings screen: each limit in whole megabytes. */
export const uploadLimitsInput = z.object({
	maxImageMb: megabytes('maxImageMb'),
	maxVideoMb: megabytes('maxVideoMb'),
	quotaMb: megabytes('quotaMb')
});
export type UploadLimitsInput = z.infer<typeof uploadLimitsInput>;

/** Validates the form, naming the allowed range of each field that is out of it (or not a whole number). */
export function parseUploadLimits(values: unknown): UploadLimitsInput {
	const result = uploadLimitsInput.safeParse(values);
	if (result.success) return result.data;
	const fields: FieldErrors = {};
	for (const issue of result.error.issues) {
		const name = String(issue.path[0]) as LimitField;
		const range = uploadLimitRanges[name];
		if (range && !fields[name])
			fields[name] = { key: 'console.settings.uploadRange', params: { min: range.min, max: range.max } };
	}
	throw new AppError('validation_failed', 'Invalid input', { fields });
}

/** The current limits in whole megabytes, as the form shows them. */
export async function uploadLimitsInMegabytes(db: Executor): Promise<UploadLimitsInput> {
	const limits = await mediaLimits(db);
	return {
		maxImageMb: Math.round(limits.maxImageBytes / megabyte),
		maxVideoMb: Math.round(limits.maxVideoBytes / megabyte),
		quotaMb: Math.round(limits.quotaBytes / megabyte)
	};
}

/**
 * Stores the administrator's upload limits in bytes, with one `settings.update` audit entry for each
 * limit that changed. Run it inside the caller's transaction. Returns the settings that changed.
 */
export async function saveUploadLimits(
	tx: Executor,
	ctx: ActionContext,
	input: UploadLimitsInput
): Promise<SettingKey[]> {
	const changed: SettingKey[] = [];
	for (const field of Object.keys(uploadLimitRanges) as LimitField[]) {
		const { key } = uploadLimitRanges[field];
		const bytes = input[field] * megabyte;
		const currentBytes = await getSetting(tx, key);
		if (bytes === currentBytes) continue;
		await putSetting(tx, key, bytes, ctx.actorId);
		await recordAudit(tx, ctx, {
			action: 'settings.update',
			targetType: 'setting',
			targetId: key,
			details: { value: bytes, previous: currentBytes }
		});
		changed.push(key);
	}
	return changed;
}
