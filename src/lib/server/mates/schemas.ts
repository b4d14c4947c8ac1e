import { z } from 'zod';
import { languageCodePattern } from '../../i18n/regions.ts';
import { languageCodes, linkList } from './application-schemas.ts';

const day = z.iso.date({ error: 'errors.field.date' });
const moment = z.preprocess(
	(v) => (typeof v === 'string' && v ? new Date(v.length === 16 ? `${v}:00+09:00` : v) : undefined),
	z.date({ error: 'errors.field.date' }).refine((d) => !Number.isNaN(d.getTime()), 'errors.field.date')
);
const languageList = z.preprocess(
	(v) =>
		typeof v === 'string'
			? v
					.split(/[\s,]+/)
					.map((s) => s.trim().toLowerCase())
					.filter(Boolean)
			: v,
	z
		.array(z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/, 'errors.field.languageCode'))
		.min(1, 'errors.field.required')
		.max(40)
		.transform((codes) => [...new Set(codes)])
);

/**
 * Opening a cohort. Times without a zone (from a datetime-local field) are read as Seoul time; the
 * application window must close no later than the term starts.
 */
export const openCohortInput = z
	.object({
		year: z.coerce.number({ error: 'errors.field.invalid' }).int().min(2000).max(2100),
		termStart: day,
		termEnd: day,
		sizeTarget: z.coerce.number({ error: 'errors.field.invalid' }).int().min(1).max(2000),
		applicationsOpen: moment,
		applicationsClose: moment,
		languages: languageList
	})
	.refine((c) => c.termEnd > c.termStart, { path: ['termEnd'], message: 'errors.field.termEndBeforeStart' })
	.refine((c) => c.applicationsClose > c.applicationsOpen, {
		path: ['applicationsClose'],
		message: 'errors.field.windowCloseBeforeOpen'
	})
	.refine((c) => c.applicationsClose.getTime() <= new Date(`${c.termStart}T23:59:59+09:00`).getTime(), {
		path: ['applicationsClose'],
		message: 'errors.field.windowAfterTerm'
	});

export type OpenCohortInput = z.infer<typeof openCohortInput>;

const bioText = z.string().trim().max(600, 'errors.field.bioLong');

/**
 * A Mate's profile. Bios come as `bio-<language>` fields, one per language the Mate writes in;
 * empty ones are dropped.
 */
export const profileInput = z.preprocess(
	(v) => {
		if (!v || typeof v !== 'object') return v;
		const entries = Object.entries(v as Record<string, unknown>);
		const bio = Object.fromEntries(
			entries
				.filter(([k, text]) => k.startsWith('bio-') && typeof text === 'string' && text.trim())
				.map(([k, text]) => [k.slice(4).toLowerCase(), text])
		);
		return { ...v, bio };
	},
	z.object({
		displayName: z.string().trim().min(1, 'errors.field.required').max(80),
		city: z.string().trim().min(1, 'errors.field.required').max(100),
		languages: languageCodes,
		links: linkList,
		bio: z.record(z.string().regex(languageCodePattern, 'errors.field.languageCode'), bioText)
	})
);
