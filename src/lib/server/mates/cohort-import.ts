import { parse } from 'csv-parse/sync';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError, type FieldError } from '../core/errors.ts';
import { hashSecret, newId, newSecret } from '../core/ids.ts';
import { fieldErrorsFrom } from '../core/validation.ts';
import { applicantFields } from './application-schemas.ts';
import type { AdmissionService } from './admission.ts';
import { application, cohort } from './schema.ts';

/** The columns a cohort CSV has; `languages` and `links` hold several values separated by `;` or spaces. */
export const importColumns = ['email', 'name_native', 'name_latin', 'country', 'city', 'languages', 'links'];
const maxRows = 2000;
const maxBytes = 900_000;

const importRow = z.object({
	...applicantFields,
	links: z.preprocess(
		(v) =>
			typeof v === 'string'
				? v
						.split(/[\s;]+/)
						.filter(Boolean)
						.join('\n')
				: v,
		applicantFields.links
	)
});

export interface ImportProblem {
	/** The line in the file (the header is line 1). */
	line: number;
	field: string;
	error: FieldError;
}

export interface ImportReport {
	rows: number;
	ready: number;
	/** Rows whose person is already in the cohort: left as they are, so a re-run is safe. */
	skipped: number;
	imported: number;
	problems: ImportProblem[];
}

/**
 * Bulk-admits a cohort the city recruited elsewhere. A dry run checks every row and reports problems
 * per line and field; the real run refuses the whole file while any problem remains, then approves
 * each row through the same path as the review queue (account, role, profile, welcome email).
 */
export function createCohortImport(deps: { db: Database; clock: Clock; admission: AdmissionService }) {
	const { db } = deps;

	const read = (csv: string) => {
		if (Buffer.byteLength(csv) > maxBytes)
			throw new AppError('validation_failed', 'File too large', {
				fields: { file: { key: 'errors.field.fileTooLarge', params: { max: '900 KB' } } }
			});
		let header: string[] = [];
		try {
			const records = parse(csv, {
				columns: (h: string[]) => (header = h.map((c) => c.trim().toLowerCase())),
				skip_empty_lines: true,
				trim: true,
				bom: true,
				relax_column_count: true
			}) as Record<string, string>[];
			return { header, records };
		} catch (err) {
			throw new AppError('validation_failed', 'Not a CSV file', {
				fields: {
					file: { key: 'errors.field.csv', params: { detail: (err as Error).message.slice(0, 120) } }
				},
				cause: err
			});
		}
	};

	return {
		/** Checks (dry run) or imports a CSV file into a cohort, reporting problems per line. */
		async importCohort(
			ctx: ActionContext,
			year: number,
			csv: string,
			options: { dryRun: boolean }
		): Promise<ImportReport> {
			const [target] = await db.select({ id: cohort.id }).from(cohort).where(eq(cohort.year, year));
			if (!target)
				throw new AppError('validation_failed', 'Unknown cohort', {
					fields: { cohort: { key: 'errors.field.invalid' } }
				});
			const { header, records } = read(csv);
			if (records.length === 0)
				throw new AppError('validation_failed', 'Empty', {
					fields: { file: { key: 'errors.field.csvEmpty' } }
				});
			if (records.length > maxRows)
				throw new AppError('validation_failed', 'Too many rows', {
					fields: { file: { key: 'errors.field.csvTooManyRows', params: { max: maxRows } } }
				});
			const missing = importColumns.filter((c) => !header.includes(c));
			if (missing.length)
				throw new AppError('validation_failed', 'Missing columns', {
					fields: { file: { key: 'errors.field.csvColumns', params: { columns: missing.join(', ') } } }
				});

			const problems: ImportProblem[] = [];
			const seen = new Map<string, number>();
			const valid: { line: number; data: z.infer<typeof importRow> }[] = [];
			records.forEach((r, i) => {
				const line = i + 2;
				const parsed = importRow.safeParse({
					email: r.email,
					nameNative: r.name_native,
					nameLatin: r.name_latin,
					country: r.country,
					city: r.city,
					languages: r.languages,
					links: r.links ?? ''
				});
				if (!parsed.success) {
					for (const [field, error] of Object.entries(fieldErrorsFrom(parsed.error)))
						problems.push({ line, field, error });
					return;
				}
				const first = seen.get(parsed.data.email);
				if (first)
					problems.push({
						line,
						field: 'email',
						error: { key: 'errors.field.csvDuplicate', params: { line: first } }
					});
				else {
					seen.set(parsed.data.email, line);
					valid.push({ line, data: parsed.data });
				}
			});
			const emails = valid.map((v) => v.data.email);
			const existing = emails.length
				? await db
						.select({ email: application.email, status: application.status, id: application.id })
						.from(application)
						.where(and(eq(application.cohortId, target.id), inArray(application.email, emails)))
				: [];
			const known = new Map(existing.map((e) => [e.email, e]));
			const fresh = valid.filter((v) => known.get(v.data.email)?.status !== 'approved');
			const report: ImportReport = {
				rows: records.length,
				ready: fresh.length,
				skipped: valid.length - fresh.length,
				imported: 0,
				problems
			};
			if (options.dryRun || problems.length) return report;

			for (const { data } of fresh) {
				let id = known.get(data.email)?.id;
				if (!id) {
					id = newId();
					await db.insert(application).values({
						id,
						cohortId: target.id,
						...data,
						samples: [],
						motivation: '',
						locale: 'en', // 0: no notice was accepted here; /account asks for the current one at the first sign-in.
						privacyVersion: 0,
						source: 'import',
						status: 'submitted',
						statusTokenHash: hashSecret(newSecret()),
						confirmedAt: deps.clock.now()
					});
				} else {
					await db.update(application).set({ status: 'submitted' }).where(eq(application.id, id));
				}
				await deps.admission.decide(ctx, id, { decision: 'approve' });
				report.imported++;
			}
			return report;
		}
	};
}
