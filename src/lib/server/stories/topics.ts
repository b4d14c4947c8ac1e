/** The topics a story can be filed under; labels live in the `stories.topics.*` messages. */
export const topics = [
	'food',
	'festivals',
	'culture',
	'history',
	'nature',
	'nightlife',
	'shopping',
	'living',
	'transport',
	'events'
] as const;
export type Topic = (typeof topics)[number];
