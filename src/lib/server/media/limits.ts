import { and, eq, isNull, sql } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import type { Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { getSetting } from '../settings/service.ts';
import { image, upload, video } from './schema.ts';

/** How many uploads one person may have running at once (a cap on disk and connections, per Mate). */
export const maxUploadsAtOnce = 3;

/** The administrator's limits for uploads (settings `media.*`), read once per upload. */
export async function mediaLimits(db: Executor) {
	return {
		maxVideoBytes: await getSetting(db, 'media.maxVideoBytes'),
		maxImageBytes: await getSetting(db, 'media.maxImageBytes'),
		quotaBytes: await getSetting(db, 'media.mateUploadQuotaBytes')
	};
}

/** "500 MB", "5 GB", "12.5 GB": sizes as people read them in messages. */
export function formatBytes(bytes: number): string {
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${Number(value.toFixed(unit === 0 ? 0 : 1))} ${units[unit]}`;
}

/** Bytes a person keeps stored: their videos and images, and the full declared size of uploads running. */
export async function storedBytes(db: Executor, ownerId: string): Promise<number> {
	const [row] = await db
		.select({
			videos: sql<string>`coalesce((select sum(${video.bytes}) from ${video} where ${video.ownerId} = ${ownerId}), 0)`,
			images: sql<string>`coalesce((select sum(${image.bytes}) from ${image} where ${image.ownerId} = ${ownerId}), 0)`,
			uploads: sql<string>`coalesce((select sum(${upload.length}) from ${upload} where ${upload.ownerId} = ${ownerId} and ${upload.videoId} is null), 0)`
		})
		.from(user)
		.where(eq(user.id, ownerId));
	return row ? Number(row.videos) + Number(row.images) + Number(row.uploads) : 0;
}

const refuse = (key: string, params?: Record<string, string | number>) =>
	new AppError('validation_failed', key, { fields: { file: { key, params } } });

/** Refuses a file over the per-file limit, with the limit in the message. */
export function checkFileSize(bytes: number, maxBytes: number) {
	if (bytes <= 0) throw refuse('errors.upload.empty');
	if (bytes > maxBytes) throw refuse('errors.upload.tooLarge', { max: formatBytes(maxBytes) });
}

/**
 * Refuses what would take a person past their quota. Call it inside the transaction that stores the
 * new thing: the person's row is locked first, so two uploads at once cannot both slip under it.
 */
export async function checkQuota(tx: Executor, ownerId: string, addedBytes: number, quotaBytes: number) {
	await tx.select({ id: user.id }).from(user).where(eq(user.id, ownerId)).for('update');
	const used = await storedBytes(tx, ownerId);
	if (used + addedBytes > quotaBytes)
		throw refuse('errors.upload.quotaExceeded', {
			max: formatBytes(quotaBytes),
			used: formatBytes(used)
		});
}

/** Refuses a new upload while the person already has `maxUploadsAtOnce` running. */
export async function checkUploadsAtOnce(tx: Executor, ownerId: string) {
	const [{ running }] = await tx
		.select({ running: sql<number>`count(*)::int` })
		.from(upload)
		.where(and(eq(upload.ownerId, ownerId), isNull(upload.videoId)));
	if (running >= maxUploadsAtOnce) throw refuse('errors.upload.tooManyAtOnce', { max: maxUploadsAtOnce });
}
