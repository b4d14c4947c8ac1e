import { z } from 'zod';
import { storyKinds } from './schema.ts';
import { languageCodePattern } from '../../i18n/regions.ts';
import { districtCodes } from '../../places/districts.ts';
import { documentFromText, storyDocument } from '../content/document.ts';
import { storyMediaFields } from './media.ts';
import { storyTopics as topics } from '../../stories/topics.ts';

const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []);

/**
 * What the writer saves, from the editor (a `body` JSON document) or, without JavaScript, from a plain
 * text box (`bodyText`). Saving a draft accepts an unfinished story; submitting checks more (below).
 */
export const saveStoryInput = z.preprocess(
	(v) => {
		if (!v || typeof v !== 'object') return v;
		const raw = v as Record<string, unknown>;
		const body = raw.body ? raw.body : documentFromText(typeof raw.bodyText === 'string' ? raw.bodyText : '');
		return { ...raw, body };
	},
	z.object({
		title: z.string().trim().min(1, 'errors.field.required').max(160),
		summary: z.string().trim().max(300).default(''),
		language: z.string().trim().toLowerCase().regex(languageCodePattern, 'errors.field.languageCode'),
		topics: z.preprocess(list, z.array(z.enum(topics, { error: 'errors.field.invalid' })).max(5)),
		districts: z.preprocess(
			list,
			z.array(z.string().refine((c) => districtCodes.includes(c), 'errors.field.invalid')).max(25)
		),
		places: z.preprocess(
			(v) =>
				typeof v === 'string'
					? v
							.split(/[,\n]/)
							.map((s) => s.trim())
							.filter(Boolean)
					: (v ?? []),
			z.array(z.string().max(80)).max(10)
		),
		body: storyDocument,
		...storyMediaFields
	})
);
export type SaveStoryInput = z.infer<typeof saveStoryInput>;

/** Starting a story: the same fields, and which kind it is (fixed from then on). */
export const kindInput = z.object({
	kind: z.enum(storyKinds, { error: 'errors.field.invalid' }).default('article')
});

/** A reviewer asking for changes says what to change. */
export const requestChangesInput = z.object({
	comment: z.string().trim().min(1, 'errors.field.commentRequired').max(2000)
});

/** Publishing now, or at a time (Seoul time from a datetime-local field). */
export const publishInput = z.object({
	publishAt: z.preprocess(
		(v) => (typeof v === 'string' && v ? new Date(v.length === 16 ? `${v}:00+09:00` : v) : undefined),
		z
			.date({ error: 'errors.field.date' })
			.refine((d) => !Number.isNaN(d.getTime()), 'errors.field.date')
			.optional()
	),
	comment: z.string().trim().max(2000).optional()
});
