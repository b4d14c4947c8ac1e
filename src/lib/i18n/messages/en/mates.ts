/** The Mates directory, each Mate's public page, and editing a profile. */
export default {
	directory: {
		count: '{n, plural, =0 {No Mates} one {# Mate} other {# Mates}}',
		mapTitle: 'Where the Mates come from',
		mapAlt:
			'A world map shading the {n} countries Mates come from; the same countries are listed below as links.',
		filter: 'Show',
		clear: 'Show all Mates',
		noMatch: 'No Mates match these filters.'
	},
	term: { current: 'Mate {year}', alumni: 'Alumni {year}' },
	profile: {
		stories: 'Stories by {name}',
		feed: "{name}'s stories as RSS",
		noStories: 'No published stories yet.',
		metaDescription: '{name}, a Seoul Global Mate.',
		edit: 'Edit profile',
		about: 'About {name}',
		noBio: 'No introduction yet.',
		writesIn: 'Writes in:',
		elsewhere: 'Elsewhere on the web'
	},
	edit: {
		title: 'Edit your profile',
		lead: 'This is what visitors see on your page and in the directory.',
		back: 'Back to the profile',
		photo: 'Portrait',
		choosePhoto: 'Choose a photo',
		photoHint:
			'JPEG, PNG, WebP, AVIF or HEIC, up to 20 MB. We crop it square around your face and remove location and camera details.',
		uploadPhoto: 'Upload photo',
		photoSaved: 'Your new portrait is saved.',
		details: 'About you',
		displayName: 'Name shown on your page',
		bios: 'Short introduction',
		biosHint:
			'One for each language you write in; visitors read the one in their language when there is one.',
		linksHint:
			'One link per line. Links to your own accounts are marked rel="me", so those sites can confirm they are yours.',
		save: 'Save profile',
		saved: 'Your profile is saved.'
	}
};
