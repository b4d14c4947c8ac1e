/** The topics a story can be filed under (the server checks the same list); labels are `stories.topics.*`. */
export const storyTopics = [
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
