import { eq } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import type { Storage } from '../core/storage.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { image, upload, video } from './schema.ts';
import { deleteMediaRows, removeMediaFiles } from './removal.ts';
import { uploadKey } from './uploads.ts';

export interface MediaPersonalDataDeps {
	storage: Storage;
	/** Which subjects still show their media after the sources before this one erased their part. */
	subjectsInUse: (db: Executor, subjects: string[]) => Promise<Set<string>>;
}

/**
 * A person's uploaded images and videos: listed in their data export; on account deletion, files of
 * stories that stay (anonymised) stay without an owner, and every other file of theirs is removed from
 * storage once the deletion has committed.
 */
export function mediaPersonalData(deps: MediaPersonalDataDeps): PersonalDataSource {
	const columns = (t: typeof image | typeof video) => ({
		id: t.id,
		subject: t.subject,
		bytes: t.bytes,
		createdAt: t.createdAt
	});
	return {
		name: 'media',
		async export(db, person) {
			const [images, videos] = await Promise.all([
				db.select(columns(image)).from(image).where(eq(image.ownerId, person.id)),
				db.select(columns(video)).from(video).where(eq(video.ownerId, person.id))
			]);
			return { images, videos };
		},
		async erase(db, person) {
			const [images, videos, uploads] = await Promise.all([
				db.select(columns(image)).from(image).where(eq(image.ownerId, person.id)),
				db.select(columns(video)).from(video).where(eq(video.ownerId, person.id)),
				db.select({ id: upload.id }).from(upload).where(eq(upload.ownerId, person.id))
			]);
			const inUse = await deps.subjectsInUse(db, [...new Set([...images, ...videos].map((m) => m.subject))]);
			const gone = {
				images: images.filter((m) => !inUse.has(m.subject)).map((m) => m.id),
				videos: videos.filter((m) => !inUse.has(m.subject)).map((m) => m.id)
			};
			await deleteMediaRows(db, gone);
			// Unfinished uploads go with the account row (cascade); their partial files are removed below.
			return async () => {
				await removeMediaFiles(deps.storage, gone);
				for (const { id } of uploads) await deps.storage.remove(uploadKey(id));
			};
		}
	};
}
