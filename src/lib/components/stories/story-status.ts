/** The badge colour of each story status, the same for writers and reviewers. */
export const storyStatusTones = {
	draft: 'neutral',
	submitted: 'info',
	changes_requested: 'warning',
	scheduled: 'accent',
	published: 'success',
	unpublished: 'neutral',
	archived: 'neutral'
} as const;
