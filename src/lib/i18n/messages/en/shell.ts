/** The frame around every page: header, navigation, footer, language switcher, console shell. */
export default {
	wordmark: 'Sotong · {city}',
	pageTitle: '{page} · Sotong {city}',
	siteDescription:
		'Sotong is where {city} meets the world: stories about the city by Global Mates, foreign residents and fans from around the world.',
	homeLink: 'Sotong {city}, home page',
	nav: {
		label: 'Main',
		stories: 'Stories',
		search: 'Search',
		mates: 'Mates',
		forum: 'Forum',
		activity: 'Activity',
		about: 'About'
	},
	menu: {
		open: 'Menu'
	},
	account: {
		menu: 'Account menu for {name}',
		signIn: 'Sign in',
		signUp: 'Sign up',
		signOut: 'Sign out',
		console: 'Console',
		account: 'Account settings',
		signedInAs: 'Signed in as {name}'
	},
	language: {
		label: 'Choose language'
	},
	demo: {
		banner: 'This is a demonstration site. Everything you see is sample data and may be reset at any time.'
	},
	footer: {
		label: 'Site information',
		about: 'About',
		privacy: 'Privacy',
		api: 'Open API',
		runBy: 'Run by the city government of {city}.',
		openSource: 'Sotong is open-source software, free for any city to use.'
	},
	console: {
		title: 'Console',
		wordmark: 'Sotong Console',
		navLabel: 'Console',
		menu: 'Console menu',
		backToSite: 'Public site',
		noItems: 'No console tools are available to your account.',
		welcome: 'Welcome, {name}',
		intro: 'Choose a tool to get started. You see only the tools your roles allow.',
		toolsHeading: 'Your tools'
	},
	error: {
		title: 'Something went wrong',
		title400: 'We could not handle that request',
		title401: 'Please sign in',
		title403: 'You do not have access to this page',
		title404: 'Page not found',
		title429: 'Too many requests',
		title500: 'Something went wrong on our side',
		title503: 'Service temporarily unavailable',
		status: 'Error {status}',
		notFoundHelp:
			'The address may be mistyped, or the page may have moved. Check the address, or start again from the home page.',
		genericHelp:
			'Please try again in a moment. If the problem continues, contact us and quote the reference below.',
		reference: 'Reference',
		home: 'Go to the home page',
		signIn: 'Sign in'
	}
};
