import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { matesPolicy } from '#lib/server/mates/policy.ts';
import { actionContext, authorize, loadOrFail } from '#lib/web/guards.ts';
import { formValues, runForm } from '#lib/web/forms.ts';
import { sampleFilesForPage } from '#lib/web/private-files.ts';

/** One application: what the applicant sent, the rubric, the reviewers' notes and the decision. */
export const load: PageServerLoad = async (event) => {
	authorize(event, matesPolicy.canReviewApplications);
	const a = await loadOrFail(event, app().mates.reviewDetail(event.params.id));
	return {
		application: {
			id: a.id,
			year: a.year,
			status: a.status,
			source: a.source,
			submittedAt: a.submittedAt.toISOString(),
			decidedAt: a.decidedAt?.toISOString() ?? null,
			nameNative: a.nameNative,
			nameLatin: a.nameLatin,
			email: a.email,
			country: a.country,
			city: a.city,
			languages: a.languages,
			links: a.links,
			samples: a.samples,
			motivation: a.motivation,
			score: a.score,
			scoreTotal: a.scoreTotal,
			privacyVersion: a.privacyVersion
		},
		files: sampleFilesForPage(a.files),
		notes: a.notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() }))
	};
};

/** Each action authorises, runs one service call, and reports what changed. */
const act =
	(
		work: (
			ctx: ReturnType<typeof actionContext>,
			id: string,
			values: Record<string, unknown>
		) => Promise<unknown>,
		done: string
	) =>
	async (event: Parameters<Actions[string]>[0]) => {
		authorize(event, matesPolicy.canReviewApplications);
		const values = await formValues(event.request);
		const result = await runForm(event, values, async () => {
			await work(actionContext(event), event.params.id ?? '', values);
			return { done };
		});
		return result;
	};

export const actions: Actions = {
	score: act((ctx, id, v) => app().mates.score(ctx, id, v), 'scored'),
	note: act((ctx, id, v) => app().mates.addNote(ctx, id, v), 'noted'),
	decide: act((ctx, id, v) => app().mates.decide(ctx, id, v), 'decided')
};
