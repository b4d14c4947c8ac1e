/** One message per stable error code (core/errors.ts) plus field-level validation messages. */
export default {
	bad_request: 'The request could not be understood.',
	validation_failed: 'Some fields need your attention.',
	unauthenticated: 'Please sign in to continue.',
	two_factor_required: 'Enter the code from your authenticator app to continue.',
	forbidden: 'You do not have permission to do that.',
	not_found: 'We could not find that page.',
	conflict: 'That conflicts with something that already exists.',
	rate_limited: 'Too many attempts. Please wait {seconds} seconds and try again.',
	account_disabled: 'This account has been disabled. Contact an administrator.',
	account_locked: 'Too many failed sign-ins. Try again in {minutes} minutes, or reset your password.',
	invalid_credentials: 'The email or password is not correct.',
	email_not_verified: 'Please verify your email address first. We have sent you a new link.',
	token_invalid: 'This link or code is invalid or has expired.',
	database_unreachable: 'The service is temporarily unavailable. Please try again shortly.',
	data_dir_locked: 'The service is temporarily unavailable.',
	internal: 'Something went wrong on our side. Please try again.',
	field: {
		required: 'This field is required.',
		email: 'Enter a valid email address.',
		tooShort: 'Must be at least {min} characters.',
		tooLong: 'Must be at most {max} characters.',
		invalid: 'This value is not valid.',
		passwordMismatch: 'The passwords do not match.',
		mustAccept: 'You must accept to continue.',
		departmentRequired: 'Choose the department this responder belongs to.',
		emailTaken: 'Someone already has an account with this email address.',
		ownAdmin: 'You cannot remove your own administrator role.',
		scopeNotHeld: 'You can only give a token roles you hold yourself.',
		code: 'Enter the 6-digit code.'
	}
};
