import { error } from '@sveltejs/kit';
import { topicIdFrom } from '#lib/server/forum/schemas.ts';

/** The topic a /forum/t/<topic>/… address names (`42-some-title` → 42); anything else is 404. */
export function topicAddress(event: { params: { topic: string }; locals: App.Locals }): number {
	const topicId = topicIdFrom(event.params.topic);
	if (topicId === null) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	return topicId;
}

/** The topic and post number a /forum/t/<topic>/p/<number>/… address names; anything else is 404. */
export function postAddress(event: { params: { topic: string; number: string }; locals: App.Locals }) {
	const topicId = topicAddress(event);
	const number = /^\d{1,9}$/.test(event.params.number) ? Number(event.params.number) : 0;
	if (number < 1) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	return { topicId, number };
}
