import * as OTPAuth from 'otpauth';

/** The 6-digit code an authenticator app shows for this base32 secret (RFC 6238, SHA-1, 30 s). */
export function totpFor(secret: string, timestamp = Date.now()): string {
	return new OTPAuth.TOTP({
		secret: OTPAuth.Secret.fromBase32(secret),
		digits: 6,
		period: 30,
		algorithm: 'SHA1'
	}).generate({
		timestamp
	});
}

/** A well-formed code that is wrong for this secret in every step a verifier might still accept. */
export function wrongTotp(secret: string): string {
	const now = Date.now();
	const valid = new Set(
		[-90_000, -60_000, -30_000, 0, 30_000, 60_000, 90_000].map((d) => totpFor(secret, now + d))
	);
	for (let n = 1; ; n++) {
		const candidate = String((n * 123_457) % 1_000_000).padStart(6, '0');
		if (!valid.has(candidate)) return candidate;
	}
}
