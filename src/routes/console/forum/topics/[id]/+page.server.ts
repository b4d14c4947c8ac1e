import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '#lib/server/app.ts';
import { parseInput } from '#lib/server/core/validation.ts';
import { topicStateInput } from '#lib/server/forum/moderation-schemas.ts';
import { topicPath } from '#lib/server/forum/reading.ts';
import { actionContext, loadOrFail } from '#lib/web/guards.ts';
import { moderationAction, moderatorOf } from '#lib/web/moderation.ts';
import { formValues, runForm } from '#lib/web/forms.ts';
import { localName } from '#lib/i18n/names.ts';

const topicId = (event: RequestEvent) => {
	const id = /^\d{1,9}$/.test(event.params.id) ? Number(event.params.id) : 0;
	if (!id) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	return id;
};

/** A topic for a content reviewer: lock or pin it, move it, merge it into another, or delete it. */
export const load: PageServerLoad = async (event) => {
	const reader = moderatorOf(event);
	const m = await loadOrFail(event, app().forum.topicForModeration(reader, topicId(event)));
	return {
		topic: {
			id: m.topic.id,
			title: m.topic.title,
			path: topicPath(m.topic),
			categoryId: m.topic.categoryId,
			locked: m.topic.locked,
			pinned: m.topic.pinned,
			deleted: !!m.topic.deletedAt,
			mergedIntoId: m.topic.mergedIntoId,
			postCount: m.topic.postCount
		},
		author: m.author,
		categories: m.categories.map((c) => ({ id: c.id, name: localName(event.locals.locale, c) }))
	};
};

export const actions: Actions = {
	state: (e) =>
		moderationAction(e, 'state', (v) => {
			// Every action carries the reason its writer reads, locking and pinning too.
			const { change, reason } = parseInput(topicStateInput, v);
			const state =
				change === 'lock' || change === 'unlock'
					? { locked: change === 'lock' }
					: { pinned: change === 'pin' };
			return app().forum.setTopicState(actionContext(e), moderatorOf(e), topicId(e), state, reason);
		}),
	move: (e) =>
		moderationAction(e, 'move', (v) =>
			app().forum.moveTopic(actionContext(e), moderatorOf(e), topicId(e), v)
		),
	merge: async (e) => {
		const values = await formValues(e.request);
		const result = await runForm(e, values, () =>
			app().forum.mergeTopic(actionContext(e), moderatorOf(e), topicId(e), values)
		);
		if (!('path' in result)) return result;
		redirect(303, result.path);
	},
	delete: (e) =>
		moderationAction(e, 'delete', (v) =>
			app().forum.deleteTopic(actionContext(e), moderatorOf(e), topicId(e), v)
		)
};
