/** Forum notifications: the list, the header's count, following topics and categories, emails. */
export default {
	title: 'Notifications',
	lead: 'Mentions of you, replies in topics you follow and new topics in categories you follow.',
	empty: 'No notifications yet',
	emptyBody:
		'When someone mentions you with @ and your handle, or replies in a topic you started or follow, it shows here.',
	unread: 'New',
	markRead: 'Mark read',
	markReadLabel: 'Mark read: {text}',
	markAllRead: 'Mark all read',
	markedAllRead: 'All notifications are marked read.',
	older: 'Older notifications',
	newer: 'Newer notifications',
	headerLink: 'Notifications',
	headerUnread:
		'{n, plural, =0 {No unread notifications} one {# unread notification} other {# unread notifications}}',
	kinds: {
		mention: '{name} mentioned you in “{title}”',
		reply: '{name} replied in “{title}”',
		topic: '{name} started “{title}”'
	},
	someone: 'A former member',
	yourHandle: 'Your handle for mentions: @{handle}',
	follow: {
		heading: 'Notifications',
		subscribe: 'Subscribe',
		unsubscribe: 'Unsubscribe',
		mute: 'Mute',
		unmute: 'Unmute',
		topicSubscribed: 'You are subscribed: you are told about every reply.',
		topicMuted: 'You muted this topic: you are told about nothing here, not even mentions.',
		topicOff: 'Subscribe to be told about every reply. Mentions of you reach you anyway.',
		topicInMutedCategory:
			'Its category is muted: replies reach you only if you subscribe to this topic and unmute the category.',
		categorySubscribed: 'You are subscribed: you are told about every new topic here.',
		categoryMuted:
			'You muted this category: no news of its topics, and it stays out of your digest. Mentions of you still reach you.',
		categoryOff: 'Subscribe to be told about every new topic here.',
		saved: {
			subscribed: 'Subscribed.',
			muted: 'Muted.',
			off: 'Saved.'
		}
	},
	settings: {
		title: 'Forum emails',
		lead: 'What the forum emails you. Notifications always show in the app.',
		instant:
			'Email me at once when someone mentions me, replies in a topic I follow, or starts a topic in a category I follow',
		digest: 'Digest of new topics and replies',
		digests: {
			none: 'No digest',
			daily: 'Daily',
			weekly: 'Weekly'
		},
		save: 'Save email choices',
		saved: 'Your email choices are saved.',
		manage: 'Notifications'
	},
	unsubscribe: {
		title: 'Unsubscribe',
		instant: 'Stop instant forum emails to {email}?',
		digest: 'Stop the forum digest to {email}?',
		confirm: 'Unsubscribe',
		doneInstant: 'Done: no more instant forum emails. Notifications still show in the app.',
		doneDigest: 'Done: no more forum digests.',
		invalid: 'This unsubscribe link is not valid. Sign in to change your email choices on your account page.',
		settingsHint: 'You can change every email choice on your account page.'
	},
	mentions: {
		hint: 'Mention a Mate with @ and their handle (the address of their page), e.g. @maria-gonzalez. Only people who may read this category are told.',
		suggestions: 'People you can mention',
		choose: 'Mention {name} (@{handle})'
	},
	email: {
		mention: {
			subject: '{name} mentioned you in “{title}”',
			body: 'Hello {recipient},\n\n{name} mentioned you in “{title}” in the forum:'
		},
		reply: {
			subject: 'New reply in “{title}”',
			body: 'Hello {recipient},\n\n{name} replied in “{title}”, a topic you follow:'
		},
		topic: {
			subject: 'New topic in {category}: “{title}”',
			body: 'Hello {recipient},\n\n{name} started “{title}” in {category}, a category you follow:'
		},
		open: 'Read it in the forum:',
		unsubscribe: 'Stop instant forum emails:',
		settings: 'Change what you receive:',
		digest: {
			daily: {
				subject: 'What is new in the forum today'
			},
			weekly: {
				subject: 'What is new in the forum this week'
			},
			body: 'Hello {recipient},\n\nHere is what is new in the forum since {since}:',
			newTopic: 'new topic',
			newPosts: '{n, plural, one {# new post} other {# new posts}}',
			more: 'And {n, plural, one {# more topic} other {# more topics}} in the forum.',
			unsubscribe: 'Stop the digest:'
		}
	}
};
