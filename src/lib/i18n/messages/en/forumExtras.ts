/** The forum's drafts, reactions and search. */
export default {
	drafts: {
		saved: 'Draft saved.',
		notSaved: 'The draft could not be saved just now; it will be tried again as you type.',
		restored: 'Your unsent draft is back.',
		discard: 'Discard draft'
	},
	reactions: {
		label: 'Reactions',
		names: {
			thumbsUp: 'Thumbs up',
			heart: 'Heart',
			party: 'Celebrate',
			laugh: 'Laugh',
			thanks: 'Thanks'
		},
		button: '{name}: {n, plural, =0 {no reactions} one {# reaction} other {# reactions}}',
		yours: '(yours; press to take it back)'
	},
	search: {
		title: 'Search the forum',
		titleFor: 'Forum search: {q}',
		label: 'Search topics',
		submit: 'Search',
		lead: 'Topic titles and posts in the categories you can read.',
		found: '{n, plural, one {# topic found} other {# topics found}}',
		nothing: 'No topics found for “{q}”',
		nothingHint: 'Try fewer or shorter words.',
		inCategory: 'in {name}',
		post: 'post {n}'
	}
};
