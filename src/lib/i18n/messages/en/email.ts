export default {
	footer: 'Sotong — sent by the city. If you did not expect this email, you can ignore it.',
	verify: {
		subject: 'Confirm your email address',
		body: 'Hello {name},\n\nPlease confirm your email address to finish creating your Sotong account. The link works for 24 hours.'
	},
	reset: {
		subject: 'Reset your password',
		body: 'Hello {name},\n\nSomeone (hopefully you) asked to reset the password of your Sotong account. Open the link within an hour to choose a new password. If it was not you, nothing changes.'
	},
	alreadyRegistered: {
		subject: 'You already have an account',
		body: 'Hello {name},\n\nSomeone tried to create a Sotong account with this email address, but you already have one. Sign in, or reset your password from the sign-in page if you forgot it.'
	},
	invitation: {
		subject: 'You are invited to the Sotong staff console',
		body: 'Hello {name},\n\nAn administrator invited you to work in the Sotong staff console. Open the link within {days} days to choose your password. You will then set up two-step sign-in with an authenticator app.'
	},
	applicationConfirm: {
		subject: 'Confirm your Global Mates {year} application',
		body: 'Hello {name},\n\nThank you for applying to become a Seoul Global Mate in {year}. Open the link to confirm your email address: your application then goes to the programme team. Keep this email: the same link shows where your application stands.'
	},
	applicationSubmitted: {
		subject: 'We received your Global Mates {year} application',
		body: 'Hello {name},\n\nThank you for applying to become a Seoul Global Mate in {year}. The programme team will review your application. Keep this email: the link shows where your application stands.'
	},
	applicationExists: {
		subject: 'Your Global Mates {year} application',
		body: 'Hello {name},\n\nYou have already applied for {year} with this email address, so we did not create a second application. Here is a fresh link to see where your application stands (older links no longer work).'
	},
	applicationWaitlisted: {
		subject: 'Your Global Mates {year} application: on the waiting list',
		body: 'Hello {name},\n\nThank you for your patience. The {year} cohort is full for now, and we have put your application on the waiting list. If a place opens, we will write to you. The link shows your application status.'
	},
	applicationRejected: {
		subject: 'Your Global Mates {year} application',
		body: 'Hello {name},\n\nThank you for applying to Seoul Global Mates {year} and for the care you put into your application. We received many more applications than places, and we cannot offer you a place this year. We would be glad to see you apply again, and we hope you keep sharing Seoul with the world.'
	},
	mateWelcomeNew: {
		subject: 'Welcome to Seoul Global Mates {year}!',
		body: 'Hello {name},\n\nCongratulations: you are now a Seoul Global Mate for {year}. We created your Sotong account with this email address. Open the link within {days} days to choose your password, then sign in to complete your profile and publish your first story.'
	},
	mateWelcome: {
		subject: 'Welcome to Seoul Global Mates {year}!',
		body: 'Hello {name},\n\nCongratulations: you are now a Seoul Global Mate for {year}. Sign in with your existing Sotong account to complete your profile and publish your first story.'
	}
};
