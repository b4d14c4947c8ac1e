export default {
	profile: 'Your public profile',
	profileLead: 'Visitors find you in the Mates directory and on your own page.',
	viewProfile: 'View my page',
	applications: 'Your applications',
	title: 'Your account',
	lead: 'Your details, sign-in security and your data.',
	details: 'Details',
	roles: 'Roles',
	noRoles: 'No roles yet. Apply to become a Global Mate when a cohort opens.',
	memberSince: 'Member since {date}',
	security: 'Sign-in security',
	twoFactorOn: 'Two-step sign-in is on.',
	twoFactorOff: 'Two-step sign-in is off.',
	setUpTwoFactor: 'Set up two-step sign-in',
	privacyTitle: 'Your data and privacy',
	privacyAccepted: 'You accepted version {version} of the privacy notice on {date}.',
	privacyOutdated:
		'A newer privacy notice (version {version}) has been published. Please read and accept it.',
	readNotice: 'Read the privacy notice',
	acceptNotice: 'Accept version {version}',
	accepted: 'Thank you. Your acceptance is recorded.',
	export: 'Download my data (JSON)',
	exportLead:
		'Everything held about your account: details, roles, sign-in records, API tokens and actions you took.',
	deleteTitle: 'Delete my account',
	deleteLead: 'Your account, sessions, roles and API tokens are removed at once. This cannot be undone.',
	contentPolicy: {
		anonymise: 'Stories and posts you published stay online without your name (shown as “former member”).',
		delete: 'Stories and posts you published are deleted together with your account.'
	},
	deleteConfirm: 'I understand that this cannot be undone.',
	deleteSubmit: 'Delete my account permanently',
	deleted: 'Your account has been deleted.'
};
