/** Mate credentials: the verification pages, the Mate's downloads and the link on their page. */
export default {
	verify: {
		title: 'Verify a credential',
		lead: 'Check a Global Mate credential the city issued: paste the signed credential (the text of its .jwt file). The signature, the dates and the status are checked against the city’s published keys.',
		jwt: 'Signed credential (JWT)',
		jwtHint: 'Three parts separated by dots, beginning with “ey”.',
		submit: 'Verify',
		idTitle: 'Credential verification',
		result: 'Result',
		status: {
			valid: 'Valid',
			expired: 'Expired',
			not_yet_valid: 'Not valid yet',
			revoked: 'Revoked',
			invalid: 'Not valid',
			not_found: 'Not found'
		},
		explain: {
			valid: 'This credential was issued by the city, its signature is intact and its term is running.',
			expired: 'This credential was issued by the city and its signature is intact, but its term has ended.',
			not_yet_valid:
				'This credential was issued by the city and its signature is intact; its term has not started yet.',
			revoked: 'This credential was issued by the city but has been withdrawn.',
			invalid: 'This is not a genuine credential of the city, or it has been changed since it was signed.',
			not_found: 'The city has not issued a credential with this address.'
		},
		reason: {
			malformed: 'It is not a signed credential.',
			unsupported_algorithm: 'It is not signed the way the city signs credentials.',
			unknown_key: 'It names a key the city never published.',
			bad_signature: 'The signature does not match: the content was changed or signed by someone else.',
			wrong_issuer: 'It names another issuer.',
			claims_mismatch: 'Its dates or identifiers disagree with each other.',
			not_open_badge: 'It is not an Open Badges 3.0 credential.',
			unknown_credential: 'The city has no record of issuing it.',
			status_unverifiable:
				'Its revocation list could not be read or is not genuine, so its status is unknown.',
			not_baked: 'The image has no credential baked into it.'
		},
		who: 'Who',
		what: 'What',
		when: 'When',
		issuer: 'Issued by',
		term: '{from} to {to}',
		issuedOn: 'Issued on {date}',
		revokedOn: 'Withdrawn on {date}',
		idLabel: 'Credential',
		machines:
			'Software can ask the same address for JSON (Accept: application/json). The city’s public keys are at {jwks}.',
		issuerProfile: 'The issuer’s profile',
		keys: 'Public keys',
		another: 'Verify another credential',
		pasteTitle: 'Paste a signed credential',
		badgeTitle: 'Or upload a badge image',
		badge: 'Badge image (PNG)',
		badgeHint:
			'The badge downloaded from a Mate’s account carries the signed credential inside it. At most 2 MB.',
		submitBadge: 'Verify the badge'
	},
	account: {
		title: 'Your credentials',
		lead: 'A signed Open Badges 3.0 credential for each term you serve. Share the verification page, or download the credential for a wallet or a CV.',
		none: 'Your credential is being prepared; it appears here in a moment.',
		term: '{from} to {to}',
		jwt: 'Download (.jwt)',
		pdf: 'Certificate (PDF)',
		png: 'Badge (PNG)',
		json: 'Download (.json)',
		verify: 'Verification page'
	},
	profile: {
		verify: 'Verify {name}’s credential'
	},
	certificate: {
		title: 'Global Mate Certificate',
		certifies: 'This certifies that',
		served: 'is a Global Mate of {city} in the {year} cohort',
		term: 'Term: {from} to {to}',
		number: 'Certificate no.',
		issued: 'Issued',
		verify: 'Verify this certificate',
		cohort: 'Global Mate, cohort {year}'
	},
	console: {
		nav: 'Credentials',
		title: 'Mate credentials',
		lead: 'Every credential the city issued. Revoke one when a Mate leaves the programme: the published revocation list is signed again at once, and every verification reports it revoked.',
		search: 'Find by name or certificate number',
		searchSubmit: 'Find',
		number: 'Certificate',
		holder: 'Mate',
		term: 'Term',
		status: 'Status',
		active: 'Active',
		revoked: 'Revoked',
		revokedOn: 'Revoked on {date}: {reason}',
		reason: 'Reason for revoking',
		reasonHint: 'Kept with the credential and in the audit log, e.g. “Left the programme early”.',
		revoke: 'Revoke',
		revokeFor: 'Revoke {number} ({name})',
		revokedDone: 'Credential {number} is revoked.',
		empty: 'No credentials issued yet.',
		verify: 'Verification page',
		certificateTitle: 'Certificate signature',
		certificateLead:
			'Printed on every PDF certificate under the signature line. Without an image the certificate shows a plain seal with the city’s name.',
		signature: 'Signature image',
		signatureHint:
			'A PNG with a transparent background works best (JPEG, WebP and HEIC are taken too). At most 5 MB; it is re-encoded without metadata.',
		currentSignature: 'Current signature',
		noSignature: 'No signature image: the certificate shows the default seal.',
		removeSignature: 'Remove the signature image',
		signatoryName: 'Name of the signatory',
		signatoryTitle: 'Title of the signatory',
		save: 'Save certificate settings',
		saved: 'Certificate settings saved.'
	}
};
