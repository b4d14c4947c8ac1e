/** The badge colour of each application status, the same on the applicant's page and in the console. */
export const statusTones = {
	unconfirmed: 'neutral',
	submitted: 'info',
	waitlisted: 'warning',
	approved: 'success',
	rejected: 'neutral'
} as const;
