/** The two Mate symbols: downloads and embed code, where they are shown, site checks, artwork. */
export default {
	name: { emblem: 'Emblem', wordmark: 'Wordmark' },
	account: {
		title: 'Your Mate symbols',
		lead: 'Show the two Global Mate symbols on your blog and social profiles so that visitors recognise you as a Mate. Each file carries your signed credential, so anyone can check it is yours.',
		link: 'Symbols and where they are shown',
		notActive:
			'The symbols are for Mates whose term is running. They become available when your credential is issued, and are withdrawn when your term ends.',
		downloads: 'Download',
		svg: 'SVG',
		png: 'PNG {size} px',
		preview: 'The {name} symbol',
		embedTitle: 'Embed code',
		embedLead:
			'Paste this where you want the symbol. It shows the symbol from the city’s site and links to your verification page, so the city can see where it is shown.',
		html: 'HTML for the {name}',
		markdown: 'Markdown for the {name}',
		checkNow: 'Check my sites now',
		checkAsked: 'Your sites will be checked in a moment. Reload this page in a minute to see what was found.'
	},
	loyalty: {
		shownTitle: 'Where the symbols were shown',
		shownLead: 'Sites that showed the symbols since {since}: the site’s address only, never who looked.',
		site: 'Site',
		loads: 'Times shown',
		lastSeen: 'Last shown',
		noReferrer: 'No site named (opened directly or the site hides its address)',
		noLoads: 'The symbols have not been shown anywhere yet.',
		checksTitle: 'Your listed sites',
		checksLead:
			'Once a day the city visits the blog and social addresses on the profile and looks for the symbol or a link back to the Mate’s page or verification page.',
		address: 'Address',
		result: 'Result',
		checkedAt: 'Checked',
		noChecks: 'No site has been checked yet. Sites are checked within a day of being added to the profile.',
		results: { found: 'Found', not_found: 'Not found', unreachable: 'Could not be read' },
		details: {
			symbol: 'shows the symbol',
			link: 'links back',
			'rel-me': 'rel="me" link',
			robots: 'the site’s robots.txt does not allow it',
			private_address: 'not a public address',
			too_many_redirects: 'too many redirects',
			too_large: 'page too large',
			timeout: 'no answer within 10 seconds',
			unreachable: 'site not reachable',
			http_error: 'the site answered with an error',
			not_http: 'not a web address'
		}
	},
	console: {
		title: 'Symbols and loyalty',
		lead: 'Where each Mate’s symbols were shown in the last 30 days, and what the daily visit to their listed sites found.',
		mate: 'Mate',
		sitesShowing: 'Sites showing',
		sitesFound: 'Listed sites with the symbol or a link',
		empty: 'No Mates yet.',
		artworkLink: 'Symbol artwork',
		detailTitle: 'Symbols of {name}'
	},
	artwork: {
		title: 'Symbol artwork',
		lead: 'Upload the city’s own designs for the two symbols. An SVG is required (plain artwork: no scripts or outside references); a PNG drawn at 1024 px is optional, otherwise one is rendered from the SVG.',
		current: 'Current {name}',
		builtIn: 'Built-in placeholder design',
		uploaded: 'Uploaded design',
		svg: 'SVG file',
		png: 'PNG file (optional)',
		upload: 'Upload {name}',
		reset: 'Use the built-in design',
		saved: 'The symbol artwork was updated.',
		wasReset: 'The symbol now uses the built-in design.'
	}
};
