/** Searching stories and Mates. */
export default {
	title: 'Search',
	titleFor: 'Search: {q}',
	lead: 'Find stories and Mates in any language.',
	label: 'Search for',
	submit: 'Search',
	nothing: 'Nothing found for “{q}”',
	nothingHint: 'Try fewer or shorter words, or another language.',
	mates: '{n, plural, one {# Mate} other {# Mates}}',
	stories: '{n, plural, one {# story} other {# stories}}'
};
