/** Writing, reviewing and reading stories. */
export default {
	by: 'By {name}',
	placesLabel: 'Places:',
	aboutAuthor: 'About the writer',
	browse: {
		anyTopic: 'Any topic',
		anyDistrict: 'Anywhere in Seoul',
		noMatch: 'No stories match these filters.',
		all: 'All stories',
		feed: 'Follow these stories (RSS)'
	},
	write: {
		title: 'My stories',
		lead: 'Write for visitors: save drafts as often as you like, preview them, and submit when ready. A reviewer reads every story before it is published.',
		new: 'Write a new story',
		newLead: 'Give it a title and start writing; it stays a private draft until you submit it.',
		storyTitle: 'Title',
		status: 'Status',
		updated: 'Last change',
		empty: 'You have not written a story yet.',
		saveDraft: 'Save draft',
		save: 'Save',
		saved: 'Saved.',
		autosaved: 'Saved automatically at {time}.',
		editLead: 'Your story as you write it. Changes are saved automatically while you type.',
		preview: 'Preview',
		previewNote: 'Preview: this is how the story will look when published. Status now: {status}.',
		reviewerAsked: '{name} asked for changes:',
		lockedTitle: 'Waiting for review',
		locked:
			'A reviewer is reading this story, so it cannot be edited now. Withdraw it if you need to change something.',
		nextStep: 'Next step'
	},
	fields: {
		title: 'Title',
		summary: 'Summary',
		summaryHint: 'One or two sentences shown in lists and when the story is shared.',
		language: 'Language of the story',
		body: 'Story',
		topics: 'Topics',
		districts: 'Districts of Seoul',
		places: 'Places',
		placesHint: 'Separate places with commas, for example Gwangjang Market, Cheonggyecheon.'
	},
	editor: {
		image: 'Image',
		imageAlt: 'Describe the image for people who cannot see it:',
		uploading: 'Uploading {percent}%…',
		uploadFailed: 'The image could not be uploaded: {reason}',
		uploaded: 'Image added.',
		toolbar: 'Formatting',
		bold: 'Bold',
		italic: 'Italic',
		heading: 'Heading',
		subheading: 'Subheading',
		bullets: 'Bullet list',
		numbers: 'Numbered list',
		quote: 'Quote',
		link: 'Link',
		linkPrompt: 'Web address for the link (leave empty to remove it):'
	},
	topics: {
		food: 'Food',
		festivals: 'Festivals',
		culture: 'Culture',
		history: 'History',
		nature: 'Nature',
		nightlife: 'Nightlife',
		shopping: 'Shopping',
		living: 'Living in Seoul',
		transport: 'Getting around',
		events: 'Events'
	},
	status: {
		draft: 'Draft',
		submitted: 'Waiting for review',
		changes_requested: 'Changes requested',
		scheduled: 'Scheduled',
		published: 'Published',
		unpublished: 'Taken down',
		archived: 'Archived'
	},
	statusHelp: {
		draft: 'Only you can see it.',
		submitted: 'A reviewer will read it soon.',
		changes_requested: 'Make the changes the reviewer asked for, then submit again.',
		scheduled: 'It will appear on the site at the scheduled time.',
		published: 'Visitors can read it. Edits you save are live, and earlier versions are kept.',
		unpublished: 'A reviewer took it down; visitors cannot see it.',
		archived: 'Retired: no longer on the site.'
	},
	moved: {
		draft: 'Withdrawn: the story is a draft again.',
		submitted: 'Submitted for review.',
		changes_requested: 'Changes requested: the writer can see your comment.',
		published: 'Published.',
		unpublished: 'Taken down.',
		archived: 'Archived.'
	},
	actions: {
		submit: 'Submit for review',
		withdraw: 'Withdraw',
		requestChanges: 'Request changes',
		publish: 'Publish',
		unpublish: 'Take down',
		archive: 'Archive'
	},
	history: {
		title: 'History',
		create: 'Started',
		submit: 'Submitted',
		withdraw: 'Withdrawn',
		requestChanges: 'Changes requested',
		publish: 'Published',
		unpublish: 'Taken down',
		archive: 'Archived'
	},
	review: {
		title: 'Stories to review',
		lead: 'Read each story as it will be published, then publish it (now or at a set time) or tell the writer what to change.',
		author: 'Writer',
		waitingSince: 'Waiting since',
		publishedAt: 'Published',
		tabs: { submitted: 'Waiting', scheduled: 'Scheduled', published: 'Published', unpublished: 'Taken down' },
		empty: 'Nothing here.',
		publishTitle: 'Publish',
		publishAt: 'Publish at',
		publishAtHint: 'Seoul time. Leave empty to publish now.',
		changesTitle: 'Ask for changes',
		comment: 'What should the writer change?',
		takeDownTitle: 'Take down',
		revisions: 'Earlier versions',
		revision: 'Version {version}: {title}'
	}
};
