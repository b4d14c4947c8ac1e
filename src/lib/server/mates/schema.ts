import {
	bigint,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';

/**
 * A yearly intake of Global Mates: its one-year term, how many Mates the city aims for, when
 * applications are taken, and which languages the city is looking for.
 */
export const cohort = pgTable('cohort', {
	id: text('id').primaryKey(),
	year: integer('year').notNull().unique(),
	termStart: date('term_start').notNull(),
	termEnd: date('term_end').notNull(),
	sizeTarget: integer('size_target').notNull(),
	applicationsOpen: timestamp('applications_open', { withTimezone: true }).notNull(),
	applicationsClose: timestamp('applications_close', { withTimezone: true }).notNull(),
	languages: text('languages').array().notNull(),
	openedBy: text('opened_by').references(() => user.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** Where an application stands. `unconfirmed` waits for the applicant to open the emailed link. */
export const applicationStatuses = [
	'unconfirmed',
	'submitted',
	'waitlisted',
	'approved',
	'rejected'
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** The rubric a manager scores an application with, each criterion 1–5. */
export interface ApplicationScore {
	motivation: number;
	samples: number;
	reach: number;
}

/**
 * Someone asking to join a cohort. Filled in without an account; the emailed status link (stored as
 * a hash) confirms the address and shows the applicant where their application stands.
 */
export const application = pgTable(
	'application',
	{
		id: text('id').primaryKey(),
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohort.id, { onDelete: 'restrict' }),
		email: text('email').notNull(),
		nameNative: text('name_native').notNull(),
		nameLatin: text('name_latin').notNull(),
		country: text('country').notNull(),
		city: text('city').notNull(),
		languages: text('languages').array().notNull(),
		links: text('links').array().notNull(),
		samples: text('samples').array().notNull(),
		motivation: text('motivation').notNull(),
		locale: text('locale').notNull(),
		privacyVersion: integer('privacy_version').notNull(),
		source: text('source').notNull().default('form'),
		status: text('status').$type<ApplicationStatus>().notNull(),
		statusTokenHash: text('status_token_hash').notNull().unique(),
		score: jsonb('score').$type<ApplicationScore>(),
		scoreTotal: integer('score_total'),
		scoredBy: text('scored_by').references(() => user.id, { onDelete: 'set null' }),
		decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('application_cohort_email_idx').on(t.cohortId, t.email),
		index('application_queue_idx').on(t.cohortId, t.status, t.submittedAt)
	]
);

/** Reviewers' notes on an application, kept as a thread so several managers can discuss it. */
export const applicationNote = pgTable(
	'application_note',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('application_note_app_idx').on(t.applicationId, t.createdAt)]
);

/** What kind of file a sample of work is: a clean re-encoded image, or a PDF stored as sent. */
export type SampleKind = 'image' | 'pdf';

/**
 * A sample of work uploaded with an application (the others are links in `application.samples`).
 * Files live under `applications/<application>/<sample>/` in storage: an image as `original.jpg`
 * (re-encoded, no metadata) with `thumb.webp`, a PDF as `original.pdf`. They go with the application.
 */
export const applicationSample = pgTable(
	'application_sample',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => application.id, { onDelete: 'cascade' }),
		/** Which of the form's sample places (1–3) it was sent in. */
		slot: integer('slot').notNull(),
		kind: text('kind').$type<SampleKind>().notNull(),
		/** The file's name on the applicant's device, cleaned; shown to reviewers, never used as a path. */
		name: text('name').notNull(),
		/** Bytes of the stored file (the image as re-encoded, the PDF as sent). */
		bytes: bigint('bytes', { mode: 'number' }).notNull(),
		width: integer('width'),
		height: integer('height'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('application_sample_app_idx').on(t.applicationId, t.slot)]
);

/** A Mate's place in a cohort; someone may serve several terms. Alumni are those whose terms ended. */
export const membership = pgTable(
	'mate_membership',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohort.id, { onDelete: 'restrict' }),
		applicationId: text('application_id').references(() => application.id, { onDelete: 'set null' }),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.cohortId] })]
);

/** What visitors see of a Mate; started from the application on approval, then edited by the Mate. */
export const mateProfile = pgTable('mate_profile', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	slug: text('slug').notNull().unique(),
	displayName: text('display_name').notNull(),
	nameNative: text('name_native').notNull(),
	nameLatin: text('name_latin').notNull(),
	country: text('country').notNull(),
	city: text('city').notNull(),
	languages: text('languages').array().notNull(),
	links: text('links').array().notNull(),
	bio: jsonb('bio').$type<Record<string, string>>().notNull().default({}),
	photoKey: text('photo_key'),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
