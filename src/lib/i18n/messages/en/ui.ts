/** Texts built into the shared components: dismiss buttons, form help, tables, pagination. */
export default {
	dismissMessage: 'Dismiss this message',
	working: 'Working…',
	optional: '(optional)',
	selectPlaceholder: 'Choose an option',
	errorSummary: {
		title: 'There is a problem'
	},
	tone: {
		info: 'Information',
		success: 'Success',
		warning: 'Warning',
		error: 'Error'
	},
	table: {
		empty: 'Nothing to show yet.'
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
	}
};
