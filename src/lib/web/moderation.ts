import type { RequestEvent } from '@sveltejs/kit';
import { forumPolicy } from '#lib/server/forum/policy.ts';
import { authorize } from './guards.ts';
import { formValues, runForm } from './forms.ts';

/** The forum reader of a content reviewer (anyone else: sign in, or 403). */
export const moderatorOf = (event: Pick<RequestEvent, 'locals' | 'url'>) =>
	forumPolicy.readerOf(authorize(event, forumPolicy.canModerate));

/**
 * One moderation form action: the form's values go to the service (which checks the reviewer, the
 * reason and the item); success says which action was done, a refusal comes back as a form failure.
 */
export async function moderationAction(
	event: RequestEvent,
	done: string,
	work: (values: Record<string, string | string[]>) => Promise<unknown>
) {
	const values = await formValues(event.request);
	return runForm(event, values, async () => {
		await work(values);
		return { done };
	});
}
