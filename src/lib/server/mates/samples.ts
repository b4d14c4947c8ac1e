import { and, asc, eq } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import type { Database, Executor } from '../core/db.ts';
import { isAppError, type FieldErrors } from '../core/errors.ts';
import { hashSecret, newId } from '../core/ids.ts';
import type { Storage } from '../core/storage.ts';
import { inspectPdf, looksLikePdf, maxPdfBytes } from '../media/documents.ts';
import { cleanJpeg, defaultImageLimits, thumbnail } from '../media/images.ts';
import { formatBytes } from '../media/limits.ts';
import type { SampleUpload } from './application-schemas.ts';
import { application, applicationSample, type SampleKind } from './schema.ts';

/**
 * The files of all samples together stay under the server's request limit (`BODY_SIZE_LIMIT`, 25 MB
 * by default), with room for the rest of the form; the page checks it before sending, too.
 */
export const samplesTotalBytes = 24 * 1024 * 1024;

/** Image samples get a preview no wider or taller than this, for the review page. */
export const sampleThumbnailSize = 320;

/** The form field a sample place's file arrives in (`sample2File`), where its problems are shown. */
export const sampleFileField = (slot: number) => `sample${slot}File`;

/** A checked sample file, ready to store. */
export interface PreparedSample {
	id: string;
	slot: number;
	kind: SampleKind;
	name: string;
	original: Uint8Array;
	thumb: Buffer | null;
	width: number | null;
	height: number | null;
}

/** The storage folder holding an application's sample files; removing it removes them all. */
export const sampleFolder = (applicationId: string) => `applications/${applicationId}`;

const fileKey = (applicationId: string, sampleId: string, kind: SampleKind, file: 'original' | 'thumb') =>
	`${sampleFolder(applicationId)}/${sampleId}/${file === 'thumb' ? 'thumb.webp' : kind === 'pdf' ? 'original.pdf' : 'original.jpg'}`;

/**
 * Checks each uploaded sample by its bytes: a PDF (sniffed `%PDF-`, cut-short files refused) is kept
 * as sent; anything else must be an image, which is re-encoded without metadata (GPS gone, turned
 * upright) and given a preview. Returns the prepared files and each refused file's problem on its
 * own field, so the form can show every problem at once.
 */
export async function prepareSamples(
	uploads: SampleUpload[],
	maxImageBytes: number
): Promise<{ prepared: PreparedSample[]; fields: FieldErrors }> {
	const fields: FieldErrors = {};
	const prepared: PreparedSample[] = [];
	const total = uploads.reduce((sum, u) => sum + u.bytes.byteLength, 0);
	if (total > samplesTotalBytes && uploads.length > 0) {
		fields[sampleFileField(uploads[0].slot)] = {
			key: 'errors.upload.samplesTooLarge',
			params: { max: formatBytes(samplesTotalBytes) }
		};
		return { prepared, fields };
	}
	for (const upload of uploads) {
		const field = sampleFileField(upload.slot);
		try {
			if (looksLikePdf(upload.bytes)) {
				inspectPdf(upload.bytes, field, maxPdfBytes);
				prepared.push({
					...common(upload),
					kind: 'pdf',
					original: upload.bytes,
					thumb: null,
					width: null,
					height: null
				});
			} else {
				const clean = await cleanJpeg(upload.bytes, field, {
					...defaultImageLimits,
					maxBytes: maxImageBytes
				});
				prepared.push({
					...common(upload),
					kind: 'image',
					original: clean.data,
					thumb: await thumbnail(clean.data, sampleThumbnailSize),
					width: clean.width,
					height: clean.height
				});
			}
		} catch (err) {
			if (!isAppError(err) || err.code !== 'validation_failed') throw err;
			const problem = err.fields?.[field] ?? { key: 'errors.upload.unreadable' };
			// A sample may be a PDF as well as an image: say so when the file is neither.
			fields[field] = problem.key === 'errors.upload.notImage' ? { key: 'errors.upload.notSample' } : problem;
		}
	}
	return { prepared, fields };
}

const common = (upload: SampleUpload) => ({ id: newId(), slot: upload.slot, name: upload.name });

/** Writes prepared samples to storage under the application's folder (the caller removes it on failure). */
export async function writeSamples(storage: Storage, applicationId: string, prepared: PreparedSample[]) {
	for (const s of prepared) {
		await storage.put(fileKey(applicationId, s.id, s.kind, 'original'), s.original);
		if (s.thumb) await storage.put(fileKey(applicationId, s.id, s.kind, 'thumb'), s.thumb);
	}
}

/** Records prepared samples as the application's, in the caller's transaction. */
export async function recordSamples(tx: Executor, applicationId: string, prepared: PreparedSample[]) {
	if (prepared.length === 0) return;
	await tx.insert(applicationSample).values(
		prepared.map((s) => ({
			id: s.id,
			applicationId,
			slot: s.slot,
			kind: s.kind,
			name: s.name,
			bytes: s.original.byteLength,
			width: s.width,
			height: s.height
		}))
	);
}

/** An application's sample files, in the form's order, as reviewers and the applicant see them listed. */
export async function samplesOf(db: Executor, applicationId: string) {
	return db
		.select({
			id: applicationSample.id,
			slot: applicationSample.slot,
			kind: applicationSample.kind,
			name: applicationSample.name,
			bytes: applicationSample.bytes,
			width: applicationSample.width,
			height: applicationSample.height
		})
		.from(applicationSample)
		.where(eq(applicationSample.applicationId, applicationId))
		.orderBy(asc(applicationSample.slot));
}

/** One stored sample file, with what a response needs to serve it safely. */
export interface SampleFile {
	kind: SampleKind;
	name: string;
	contentType: string;
	size: number;
	stream: Readable;
}

const ident = /^[\w-]{1,64}$/;

/**
 * Reading sample files. Whoever asks has been checked by the route: reviewers by the mates policy,
 * the applicant by the secret status link (checked here, against the application the file is of).
 */
export function createSampleFiles(deps: { db: Database; storage: Storage }) {
	const { db, storage } = deps;

	const read = async (applicationId: string, sampleId: string, file: string): Promise<SampleFile | null> => {
		if (!ident.test(applicationId) || !ident.test(sampleId) || (file !== 'original' && file !== 'thumb'))
			return null;
		const [row] = await db
			.select()
			.from(applicationSample)
			.where(and(eq(applicationSample.id, sampleId), eq(applicationSample.applicationId, applicationId)));
		if (!row || (file === 'thumb' && row.kind !== 'image')) return null;
		const key = fileKey(applicationId, sampleId, row.kind, file);
		const size = await storage.size(key);
		if (size === null) return null;
		const contentType =
			file === 'thumb' ? 'image/webp' : row.kind === 'pdf' ? 'application/pdf' : 'image/jpeg';
		return { kind: row.kind, name: row.name, contentType, size, stream: await storage.get(key) };
	};

	return {
		/** A sample file of an application, for its reviewers (the route has asked the policy). */
		sampleForReview: read,

		/** A sample file of the application whose status link this is; null for any other. */
		async sampleForApplicant(token: string, sampleId: string, file: string) {
			if (!token || token.length > 100) return null;
			const [found] = await db
				.select({ id: application.id })
				.from(application)
				.where(eq(application.statusTokenHash, hashSecret(token)));
			return found ? read(found.id, sampleId, file) : null;
		}
	};
}
