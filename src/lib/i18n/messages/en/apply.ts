/** Applying to become a Global Mate, and the applicant's status page. */
export default {
	title: 'Apply to Global Mates',
	titleYear: 'Apply to Seoul Global Mates {year}',
	lead: 'Mates show the city to the world through what they write, photograph and film. The term runs from {from} to {to}. Applications close {close} (Seoul time).',
	cta: 'Apply now',
	ctaLead: 'Applications for the {year} cohort are open until {close}.',
	wantedLanguage: 'Wanted this year',
	aboutYou: 'About you',
	nameNative: 'Your name, as you write it',
	nameNativeHint: 'In your own script, for example 김민지, 山田花子 or Amélie Dubois.',
	nameLatin: 'Your name in Latin letters',
	nameLatinHint: 'As it should appear on your certificate, for example Minji Kim.',
	emailHint: 'We send a link to confirm it; the same link shows where your application stands.',
	emailFromAccount: 'The address of your account.',
	country: 'Country',
	city: 'City where you live',
	cityHint: 'Seoul, or wherever you live now.',
	languages: 'Languages you write in',
	languagesHint: 'Choose every language you can publish in.',
	yourWork: 'Your channels and your work',
	links: 'Your blog and social accounts',
	linksHint: 'One link per line: blog, Instagram, YouTube, TikTok, Naver Blog and so on.',
	sample: 'Sample of your work {n}',
	samplesHint: 'Two or three things you made: a post, a photo set or a video.',
	samplesLead:
		'Give two or three samples of your work. Each can be a link, or a file: a photo (JPEG, PNG, WebP, AVIF or HEIC, up to {image}) or a PDF (up to {pdf}); up to {total} for all files together.',
	sampleLink: 'Link',
	sampleFile: 'Or upload a file',
	sampleFileHint: 'A photo or a PDF. For a video, give a link.',
	chooseAgain: 'Your file {name} could not be kept while the form came back: choose it again.',
	samples: 'Samples of work',
	sampleFiles: 'Uploaded samples',
	sampleImage: 'Sample image {name}',
	openFullImage: 'Open the full image ({size})',
	downloadPdf: 'Download {name} (PDF, {size})',
	motivation: 'Why do you want to be a Global Mate?',
	motivationHint: 'What would you like to show of Seoul, and to whom? At least 100 characters.',
	submit: 'Send my application',
	checkEmailTitle: 'Check your email',
	checkEmail:
		'We sent a link to {email}. Open it to confirm your address: your application then goes to the programme team.',
	receivedTitle: 'Application received',
	received:
		'Thank you! We sent a confirmation to {email}, with a link that shows where your application stands.',
	backHome: 'Back to the home page',
	closedTitle: 'Applications are closed',
	nextOpens: 'Applications for the {year} cohort open {date} (Seoul time).',
	noneScheduled: 'The next call for applications has not been announced yet.',
	statuses: {
		unconfirmed: 'Email not confirmed',
		submitted: 'Under review',
		waitlisted: 'Waiting list',
		approved: 'Accepted',
		rejected: 'Not selected'
	},
	status: {
		title: 'Your {year} application',
		submitted: 'Sent on {date}.',
		unknown: 'This status link is not valid any more. Use the newest link we emailed you.',
		yourAnswers: 'What you sent',
		explain: {
			unconfirmed: 'Please confirm your email address from the link we sent.',
			submitted:
				'The programme team is reviewing your application. We will email you when there is a decision.',
			waitlisted:
				'The cohort is full for now and your application is on the waiting list. We will write if a place opens.',
			approved: 'Welcome to the cohort! The term starts on {date}. Sign in to complete your profile.',
			rejected:
				'We could not offer you a place this time. Thank you for applying — we would be glad to see you apply again.'
		}
	}
};
