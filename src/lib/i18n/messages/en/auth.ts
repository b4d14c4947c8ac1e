export default {
	email: 'Email address',
	password: 'Password',
	confirmPassword: 'Confirm password',
	newPassword: 'New password',
	name: 'Your name',
	passwordHint: 'At least 10 characters. A short sentence is easy to remember and hard to guess.',
	signIn: {
		title: 'Sign in',
		lead: 'Sign in to publish, take part in the forum, or work in the staff console.',
		submit: 'Sign in',
		forgot: 'Forgot your password?',
		noAccount: 'New here?',
		signUpLink: 'Create an account',
		demoTitle: 'Demo accounts',
		demoLead:
			'This installation runs in demo mode with invented people. Every demo account uses the password below. Staff accounts also need a 6-digit code: add the TOTP secret to an authenticator app.',
		demoRole: 'Role',
		demoEmail: 'Email',
		demoSecret: 'TOTP secret',
		verified: 'Your email address is confirmed. Welcome!'
	},
	twoFactor: {
		title: 'Two-step sign-in',
		lead: 'Enter the 6-digit code from your authenticator app.',
		code: 'Authentication code',
		submit: 'Verify',
		restart: 'Start again'
	},
	signUp: {
		title: 'Create an account',
		lead: 'An account lets you apply to become a Global Mate and follow what the city publishes.',
		acceptBefore: 'I have read and accept the ',
		acceptAfter: '.',
		privacyLink: 'privacy notice (version {version})',
		submit: 'Create account',
		haveAccount: 'Already have an account?',
		checkEmailTitle: 'Check your email',
		checkEmail: 'We have sent a link to {email}. Open it to confirm your address and finish signing up.'
	},
	signOut: { submit: 'Sign out', done: 'You are signed out.' },
	verifyEmail: {
		title: 'Confirm your email address',
		failed: 'This confirmation link is invalid or has expired. Sign in to get a new one.'
	},
	forgot: {
		title: 'Reset your password',
		lead: 'Enter the email address of your account and we will send you a link to choose a new password.',
		submit: 'Send reset link',
		sent: 'If an account exists for {email}, a reset link is on its way. It works for one hour.'
	},
	reset: {
		title: 'Choose a new password',
		submit: 'Set new password',
		done: 'Your password has been changed. Please sign in with it.',
		missingToken: 'This reset link is incomplete. Ask for a new one.'
	},
	invitation: {
		title: 'Join the staff console',
		lead: 'You were invited as {name} ({email}). Choose a password to create your account.',
		roles: 'Roles',
		submit: 'Create my account',
		invalid: 'This invitation is invalid, already used or has expired. Ask an administrator for a new one.',
		done: 'Your account is ready. Sign in, then set up two-step sign-in.'
	},
	setup2fa: {
		title: 'Set up two-step sign-in',
		lead: 'Staff accounts must use an authenticator app (TOTP). Confirm your password to begin.',
		required: 'Your role needs two-step sign-in before you can use the staff console.',
		begin: 'Begin setup',
		scan: 'Add this account to your authenticator app with the secret below (or the link), then enter the 6-digit code it shows.',
		secret: 'Secret key',
		openApp: 'Open in authenticator app',
		backupCodes: 'Backup codes',
		backupLead:
			'Keep these one-time codes somewhere safe. Each lets you sign in once if you lose your device.',
		confirm: 'Turn on two-step sign-in',
		enabled: 'Two-step sign-in is on for your account.',
		done: 'Two-step sign-in is now on.'
	}
};
