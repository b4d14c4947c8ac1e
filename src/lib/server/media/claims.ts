import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import { image, video } from './schema.ts';

/** Uploads a module asks to move to what they now belong to. */
export interface MediaClaim {
	ownerId: string;
	images: string[];
	videos: string[];
	/** The subjects they may come from (where they were uploaded, or already are). */
	from: string[];
	to: string;
}

/**
 * Moves a person's own uploads to a new subject (a forum post's pictures from the writer's uploads
 * to the post, once it exists), inside the caller's transaction. True only when every one of them
 * was the person's and came from one of `from`; otherwise the caller refuses and rolls back.
 */
export async function claimMedia(tx: Executor, claim: MediaClaim): Promise<boolean> {
	const { ownerId, from, to } = claim;
	const move = async (table: typeof image | typeof video, ids: string[]) => {
		if (ids.length === 0) return 0;
		const rows = await tx
			.update(table)
			.set({ subject: to })
			.where(and(inArray(table.id, ids), eq(table.ownerId, ownerId), inArray(table.subject, from)))
			.returning({ id: table.id });
		return rows.length;
	};
	const images = [...new Set(claim.images)];
	const videos = [...new Set(claim.videos)];
	return (await move(image, images)) === images.length && (await move(video, videos)) === videos.length;
}
