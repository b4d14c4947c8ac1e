import { z } from 'zod';
import { email } from '../accounts/schemas.ts';
import { languageCodePattern } from '../../i18n/regions.ts';
import { isCountryCode } from '../core/countries.ts';

/** Input shapes for applying and reviewing; each failure names a message key for the form. */
export { email };

const webLink = z.httpUrl({ error: 'errors.field.url' }).max(500);

/** Lines of a text area (or a list) as trimmed, non-empty, distinct entries. */
const lines = (v: unknown) =>
	typeof v === 'string'
		? [
				...new Set(
					v
						.split(/[\r\n]+/)
						.map((s) => s.trim())
						.filter(Boolean)
				)
			]
		: v;

const optionalLink = z.preprocess(
	(v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
	webLink.optional()
);

export const countryCode = z.preprocess(
	(v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
	z.string().refine(isCountryCode, 'errors.field.country')
);

export const languageCodes = z.preprocess(
	(v) =>
		(typeof v === 'string' ? v.split(/[\s,;]+/) : Array.isArray(v) ? v : [])
			.map((s) => String(s).trim().toLowerCase())
			.filter(Boolean),
	z
		.array(z.string().regex(languageCodePattern, 'errors.field.languageCode'))
		.min(1, 'errors.field.chooseLanguage')
		.max(12)
		.transform((codes) => [...new Set(codes)])
);

/** Blog and social accounts, one link per line. */
export const linkList = z.preprocess(lines, z.array(webLink).max(8, 'errors.field.tooManyLinks'));

/** The name in Latin letters, for the certificate and for readers who cannot read the applicant's script. */
const latinName = z
	.string()
	.trim()
	.min(1, 'errors.field.required')
	.max(100)
	.regex(/^[\p{Script=Latin}\p{M}\s'’.,-]+$/u, 'errors.field.latinName');

export const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal(''), z.undefined(), z.null()])
	.transform((v) => v === 'on' || v === 'true');

/** The person-describing part of an application, shared by the form and the CSV import. */
export const applicantFields = {
	email,
	nameNative: z.string().trim().min(1, 'errors.field.required').max(100),
	nameLatin: latinName,
	country: countryCode,
	city: z.string().trim().min(1, 'errors.field.required').max(100),
	languages: languageCodes,
	links: linkList
};

/** The form's three places for a sample of work, each a link or an uploaded file. */
export const sampleSlots = [1, 2, 3] as const;

/**
 * The public application form: two or three samples of work, motivation, and consent to the notice.
 * Each sample is a link (`sample1`…) or a file sent in the same place (`fileSlots` lists the places
 * with a file; the files themselves are checked by `samples.ts`), not both.
 */
export const applyInput = z
	.object({
		...applicantFields,
		motivation: z
			.string()
			.trim()
			.min(100, 'errors.field.motivationShort')
			.max(4000, 'errors.field.motivationLong'),
		sample1: optionalLink,
		sample2: optionalLink,
		sample3: optionalLink,
		fileSlots: z.array(z.union(sampleSlots.map((n) => z.literal(n)))).default([]),
		acceptPrivacy: checkbox.refine((v) => v, 'errors.field.mustAccept')
	})
	.superRefine((v, ctx) => {
		const links = [v.sample1, v.sample2, v.sample3];
		for (const slot of sampleSlots)
			if (links[slot - 1] && v.fileSlots.includes(slot))
				ctx.addIssue({ code: 'custom', path: [`sample${slot}`], message: 'errors.field.linkOrFile' });
		const given = sampleSlots.filter((slot) => links[slot - 1] || v.fileSlots.includes(slot));
		if (given.length < 2)
			ctx.addIssue({
				code: 'custom',
				path: [`sample${sampleSlots.find((slot) => !given.includes(slot)) ?? 1}`],
				message: 'errors.field.twoSamples'
			});
	})
	.transform(({ sample1, sample2, sample3, fileSlots: _files, acceptPrivacy: _accepted, ...rest }) => ({
		...rest,
		samples: [...new Set([sample1, sample2, sample3].filter((s): s is string => !!s))]
	}));

/** A file's name as the applicant's device gave it: the last path part, without control characters. */
const fileName = z.preprocess(
	(v) =>
		typeof v === 'string'
			? (v.split(/[\\/]/).pop() ?? '')
					// eslint-disable-next-line no-control-regex
					.replace(/[\u0000-\u001f\u007f]/g, '')
					.trim()
					.slice(0, 200) || 'sample'
			: v,
	z.string()
);

/** Files sent with the form, one per sample place at most, as the route read them from the body. */
export const sampleUploads = z
	.array(
		z.object({
			slot: z.union(sampleSlots.map((n) => z.literal(n))),
			name: fileName,
			bytes: z.instanceof(Uint8Array)
		})
	)
	.max(sampleSlots.length)
	.refine((files) => new Set(files.map((f) => f.slot)).size === files.length)
	.default([]);

export type SampleUpload = z.infer<typeof sampleUploads>[number];

export type ApplyInput = z.infer<typeof applyInput>;

const rubricPoint = z.coerce
	.number({ error: 'errors.field.rubric' })
	.int('errors.field.rubric')
	.min(1, 'errors.field.rubric')
	.max(5, 'errors.field.rubric');

/** A manager's score on the three-criterion rubric. */
export const scoreInput = z.object({ motivation: rubricPoint, samples: rubricPoint, reach: rubricPoint });

export const noteInput = z.object({
	body: z.string().trim().min(1, 'errors.field.required').max(2000)
});

export const decisions = ['approve', 'waitlist', 'reject'] as const;
export type Decision = (typeof decisions)[number];
export const decisionInput = z.object({ decision: z.enum(decisions, { error: 'errors.field.invalid' }) });

const statusFilter = z
	.enum(['open', 'unconfirmed', 'submitted', 'waitlisted', 'approved', 'rejected', 'all'])
	.catch('open');

/** The review queue's filters, read from the query string; anything unknown falls back to the default. */
export const queueFilter = z.object({
	cohort: z.string().max(40).optional().catch(undefined),
	status: statusFilter.default('open'),
	country: z.string().refine(isCountryCode).optional().catch(undefined),
	language: z.string().regex(languageCodePattern).optional().catch(undefined),
	sort: z.enum(['submitted', 'score']).default('submitted').catch('submitted'),
	page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1)
});

export type QueueFilter = z.infer<typeof queueFilter>;
