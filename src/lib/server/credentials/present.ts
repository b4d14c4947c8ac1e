import type { Verification } from './verify.ts';

/**
 * The machine-readable answer of `/verify` and `/verify/<id>` (Accept: application/json): the
 * status, why it is invalid, who, what and when, and the signed credential as its compact JWT.
 */
export function verificationJson(v: Verification) {
	return {
		status: v.status,
		...(v.reason ? { reason: v.reason } : {}),
		...(v.credential
			? {
					credential: {
						id: v.credential.id,
						name: v.credential.achievement,
						subject: { id: v.credential.subjectUrl, name: v.credential.subjectName },
						issuer: { id: v.credential.issuerUrl, name: v.credential.issuerName },
						validFrom: v.credential.validFrom,
						validUntil: v.credential.validUntil,
						issuedAt: v.credential.issuedAt,
						revokedAt: v.credential.revokedAt
					}
				}
			: {}),
		...(v.jwt ? { jwt: v.jwt } : {})
	};
}
