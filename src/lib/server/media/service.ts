import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { newId } from '../core/ids.ts';
import type { Jobs } from '../core/jobs.ts';
import type { Storage } from '../core/storage.ts';
import { cleanJpeg, defaultImageLimits } from './images.ts';
import { checkQuota, mediaLimits } from './limits.ts';
import { imageFolder } from './folders.ts';
import { inList } from '../core/prepared.ts';
import { image } from './schema.ts';
import { checkUnusedLater } from './unused.ts';

export interface MediaDeps {
	db: Database;
	storage: Storage;
	jobs: Jobs;
	clock: Clock;
}

/** The widths responsive variants are made at (never wider than the original). */
export const variantWidths = [480, 960, 1600];
export const variantFormats = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' } as const;
export type VariantFormat = keyof typeof variantFormats;

const masterKey = (id: string) => `${imageFolder(id)}/master.jpg`;
const variantKey = (id: string, width: number, format: VariantFormat) =>
	`${imageFolder(id)}/${width}.${format}`;
const fileName = /^(master\.jpg|(\d{2,4})\.(avif|webp|jpg))$/;

/**
 * Images people upload: checked by their bytes, turned upright and re-encoded without metadata (no GPS)
 * before anything is stored, then given AVIF, WebP and JPEG variants at several widths by the
 * `media.variants` job. A refused upload stores nothing.
 */
export function createMediaService(deps: MediaDeps) {
	const { db, storage } = deps;
	// Pictures of every story page and card: prepared once.
	const imagesIn = db.select().from(image).where(inList(image.id, 'ids')).prepare('images_by_ids');

	const makeVariants = async (id: string) => {
		const [row] = await db.select().from(image).where(eq(image.id, id));
		if (!row) return null;
		const master = Buffer.concat(await (await storage.get(masterKey(id))).toArray());
		const widths = [...new Set(variantWidths.map((w) => Math.min(w, row.width)))];
		let bytes = master.length;
		for (const width of widths) {
			const resized = sharp(master).resize({ width, withoutEnlargement: true });
			const files = {
				avif: await resized.clone().avif({ quality: 50 }).toBuffer(),
				webp: await resized.clone().webp({ quality: 75 }).toBuffer(),
				jpg: await resized.clone().jpeg({ quality: 80, mozjpeg: true }).toBuffer()
			};
			for (const [format, data] of Object.entries(files) as [VariantFormat, Buffer][]) {
				await storage.put(variantKey(id, width, format), data);
				bytes += data.length;
			}
		}
		await db.update(image).set({ status: 'ready', widths, bytes }).where(eq(image.id, id));
		return row.subject;
	};

	return {
		makeVariants,

		/**
		 * Stores an uploaded image for a subject and queues its variants; returns its id and size. The
		 * administrator's per-image limit and the owner's quota (`media.*` settings) apply.
		 */
		async uploadImage(
			ownerId: string,
			subject: string,
			bytes: Uint8Array,
			opts: { background?: boolean } = {}
		) {
			const limits = await mediaLimits(db);
			// Checked by its bytes; a HEIC photo comes back converted to JPEG (heic.ts) and checked again.
			const master = await cleanJpeg(bytes, 'file', {
				...defaultImageLimits,
				maxBytes: limits.maxImageBytes
			});
			const id = newId();
			await storage.put(masterKey(id), master.data);
			try {
				await db.transaction(async (tx) => {
					await checkQuota(tx, ownerId, master.data.length, limits.quotaBytes);
					await tx.insert(image).values({
						id,
						ownerId,
						subject,
						width: master.width,
						height: master.height,
						bytes: master.data.length,
						createdAt: deps.clock.now()
					});
				});
				// Background uploads (the demo's pictures) wait behind what people upload now.
				await deps.jobs.send('media.variants', { id }, { priority: opts.background ? -1 : 0 });
				// Removed a day later unless the story saves it by then.
				await checkUnusedLater(deps.jobs, deps.clock, [id]);
			} catch (err) {
				await storage.remove(masterKey(id));
				throw err;
			}
			return { id, width: master.width, height: master.height };
		},

		/** Size and variants of images, for rendering `<picture>` elements. */
		async imagesByIds(ids: string[]) {
			if (ids.length === 0) return new Map<string, typeof image.$inferSelect>();
			const rows = await imagesIn.execute({ ids });
			return new Map(rows.map((r) => [r.id, r]));
		},

		/** One stored file of an image (the master or a variant) with its type and what it belongs to. */
		async imageFile(id: string, file: string) {
			const match = fileName.exec(file);
			if (!match || !/^[\w-]{36}$/.test(id)) return null;
			const [row] = await db.select().from(image).where(eq(image.id, id));
			if (!row) return null;
			const key = `images/${id}/${file}`;
			if (!(await storage.exists(key))) return null;
			const format = (match[3] ?? 'jpg') as VariantFormat;
			return { subject: row.subject, contentType: variantFormats[format], stream: await storage.get(key) };
		}
	};
}

export type MediaService = ReturnType<typeof createMediaService>;
