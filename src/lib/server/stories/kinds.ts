import { and, eq } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { imageIdsIn, plainText } from '../content/document.ts';
import { videoFrom, type StoryPhoto, type StoryVideo } from './media.ts';
import { story } from './schema.ts';
import type { SaveStoryInput } from './schemas.ts';

type StoryRow = typeof story.$inferSelect;

/** Who an uploaded file belongs to (`story:<id>`), as the media module tells it. */
export interface AttachmentLookup {
	imageSubjects(ids: string[]): Promise<Map<string, string>>;
	videoSubjects(ids: string[]): Promise<Map<string, string>>;
}

const invalid = (field: string, key = 'errors.field.invalid') =>
	new AppError('validation_failed', `Invalid ${field}`, { fields: { [field]: { key } } });

/**
 * The cover, photos and video a save asks for, checked to be this story's own uploads (a writer can
 * never show someone else's files by guessing an id), with the video link read into an embed.
 */
export async function storyMediaFrom(
	attachments: AttachmentLookup,
	storyId: string,
	data: Pick<SaveStoryInput, 'coverImageId' | 'photos' | 'videoId' | 'videoLink'>
): Promise<{ coverImageId: string | null; photos: StoryPhoto[]; video: StoryVideo | null }> {
	const subject = `story:${storyId}`;
	const imageIds = [
		...new Set([...data.photos.map((p) => p.imageId), ...(data.coverImageId ? [data.coverImageId] : [])])
	];
	const images = await attachments.imageSubjects(imageIds);
	if (data.photos.some((p) => images.get(p.imageId) !== subject)) throw invalid('photos');
	if (data.coverImageId && images.get(data.coverImageId) !== subject) throw invalid('coverImageId');
	if (data.videoId && (await attachments.videoSubjects([data.videoId])).get(data.videoId) !== subject)
		throw invalid('videoId');
	return { coverImageId: data.coverImageId ?? null, photos: data.photos, video: videoFrom(data) };
}

/** What a story must have before a reviewer sees it, by kind: text, photos, or a video. */
export function submitProblems(s: Pick<StoryRow, 'kind' | 'summary' | 'body' | 'photos' | 'video'>) {
	const fields: Record<string, { key: string }> = {};
	if (!s.summary.trim()) fields.summary = { key: 'errors.field.summaryRequired' };
	if (s.kind === 'article' && plainText(s.body).length < 50)
		fields.body = { key: 'errors.field.storyTooShort' };
	if (s.kind === 'photos' && s.photos.length === 0) fields.photos = { key: 'errors.field.photosRequired' };
	if (s.kind === 'video' && !s.video) fields.videoLink = { key: 'errors.field.videoRequired' };
	return Object.keys(fields).length ? new AppError('validation_failed', 'Not ready', { fields }) : null;
}

/** Every uploaded image and video a story (or a kept revision of it) shows, by id. */
export function mediaIdsOf(s: Pick<StoryRow, 'coverImageId' | 'photos' | 'body' | 'video'>): string[] {
	return [
		...imageIdsIn(s.body),
		...s.photos.map((p) => p.imageId),
		...(s.coverImageId ? [s.coverImageId] : []),
		...(s.video?.source === 'upload' ? [s.video.videoId] : [])
	];
}

/** The picture that stands for a story: the chosen cover, else its first photo or first inline image. */
export function coverOf(s: Pick<StoryRow, 'coverImageId' | 'photos' | 'body'>): string | null {
	return s.coverImageId ?? s.photos[0]?.imageId ?? imageIdsIn(s.body)[0] ?? null;
}

/**
 * The translation group a story joins when its writer says it translates another of their stories
 * (in another language); the first story of a group names it. No link: the story stands alone, unless
 * others already translate it.
 */
export async function translationGroupFor(
	tx: Executor,
	s: Pick<StoryRow, 'id' | 'authorId' | 'translationGroup'>,
	language: string,
	translationOf: string | undefined
): Promise<string | null> {
	if (!translationOf) return s.translationGroup === s.id ? s.id : null;
	if (!s.authorId) throw invalid('translationOf');
	const [original] = await tx
		.select({ id: story.id, language: story.language, group: story.translationGroup })
		.from(story)
		.where(and(eq(story.id, translationOf), eq(story.authorId, s.authorId)));
	if (!original || original.id === s.id) throw invalid('translationOf');
	if (original.language === language) throw invalid('translationOf', 'errors.field.sameLanguage');
	if (!original.group)
		await tx.update(story).set({ translationGroup: original.id }).where(eq(story.id, original.id));
	return original.group ?? original.id;
}
