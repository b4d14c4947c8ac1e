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
	}
};
