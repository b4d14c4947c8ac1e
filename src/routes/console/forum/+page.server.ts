import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { actionContext } from '#lib/web/guards.ts';
import { moderationAction, moderatorOf } from '#lib/web/moderation.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

const tabs = ['flags', 'approval', 'silenced'] as const;
const tabInput = z.enum(tabs).catch('flags');

/** The content reviewers' forum queue: flagged posts, new members' posts waiting, silenced members. */
export const load: PageServerLoad = async (event) => {
	const reader = moderatorOf(event);
	const tab = tabInput.parse(event.url.searchParams.get('tab') ?? undefined);
	const { forum } = app();
	const [flags, approval, silenced] = await Promise.all([
		tab === 'flags' ? forum.flagQueue(reader) : [],
		tab === 'approval' ? forum.approvalQueue(reader) : [],
		tab === 'silenced' ? forum.silencedMembers() : []
	]);
	return {
		tab,
		tabs,
		flags: flags.map((f) => ({ ...f, lastAt: f.lastAt?.toISOString() ?? '' })),
		approval: approval.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
		silenced: silenced.map((s) => ({
			...s,
			until: s.until.toISOString(),
			createdAt: s.createdAt.toISOString()
		}))
	};
};

const id = (values: Record<string, string | string[]>) => String(values.id ?? '');

export const actions: Actions = {
	approve: async (event) => {
		const values = await formValues(event.request);
		return runForm(event, values, async () => {
			const done = await app().forum.approvePost(actionContext(event), moderatorOf(event), id(values));
			return { done: 'approved', path: done.path, id: id(values) };
		});
	},
	reject: (e) =>
		moderationAction(e, 'rejected', (v) =>
			app().forum.rejectPost(actionContext(e), moderatorOf(e), id(v), v)
		),
	lift: (e) =>
		moderationAction(e, 'lifted', (v) => app().forum.liftSilence(actionContext(e), moderatorOf(e), id(v), v))
};
