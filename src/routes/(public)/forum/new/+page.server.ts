import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { authorize } from '#lib/web/guards.ts';
import { setFlash } from '#lib/web/flash.ts';
import { formValues, runForm } from '#lib/web/forms.ts';
import { localName } from '#lib/i18n/names.ts';

/** Starting a topic: the categories the writer may start one in (one chosen from ?category=). */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, forumPolicy.canWrite);
	const reader = forumPolicy.readerOf(viewer);
	const { forum, clock } = app();
	const [categories, draft] = await Promise.all([
		forum.categoriesToStartIn(reader),
		forum.draftFor(reader, 'new')
	]);
	const asked = event.url.searchParams.get('category');
	return {
		categories: categories.map((c) => ({ id: c.id, slug: c.slug, name: localName(event.locals.locale, c) })),
		chosen: draft?.categoryId ?? categories.find((c) => c.slug === asked)?.id ?? '',
		// The topic being written before a reload (forum/drafts.ts), and when this page was made.
		draft: draft && { title: draft.title, doc: draft.body, plain: draft.plain },
		loadedAt: clock.now().toISOString()
	};
};

export const actions: Actions = {
	default: async (event) => {
		const viewer = authorize(event, forumPolicy.canWrite);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().forum.startTopic(forumPolicy.readerOf(viewer), values)
		);
		if (!('path' in result)) return result;
		setFlash(event.cookies, {
			kind: 'success',
			key: result.pending ? 'moderation.topicWaiting' : 'forum.started'
		});
		redirect(303, result.pending ? `${result.path}#waiting` : result.path);
	}
};
