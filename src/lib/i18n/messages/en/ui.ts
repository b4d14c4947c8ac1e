/** Texts built into the shared components: dismiss buttons, form help, tables, pagination. */
export default {
	dismiss: 'Dismiss',
	dismissMessage: 'Dismiss this message',
	working: 'Working…',
	optional: '(optional)',
	selectPlaceholder: 'Choose an option',
	errorSummary: {
		title: 'There is a problem',
		intro: 'Check the following and try again:'
	},
	tone: {
		info: 'Information',
		success: 'Success',
		warning: 'Warning',
		error: 'Error'
	},
	table: {
		empty: 'Nothing to show yet.',
		scrollHint: 'Scroll sideways to see every column.'
	},
	emptyState: {
		title: 'Nothing here yet'
	},
	pagination: {
		label: 'Pages',
		previous: 'Previous',
		previousPage: 'Previous page',
		next: 'Next',
		nextPage: 'Next page',
		page: 'Page {page}',
		summary: 'Page {page} of {total}'
	},
	tabs: {
		label: 'Sections'
	},
	charCount: '{count} of {max} characters'
};
