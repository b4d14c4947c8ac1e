/** Headers every response carries; a page's Content-Security-Policy (with its nonce) comes from SvelteKit. */
export function securityHeaders(headers: Headers, https: boolean): void {
	headers.set('x-content-type-options', 'nosniff');
	// A page may ask for a stricter policy (a private link's page sends none at all).
	if (!headers.has('referrer-policy')) headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('cross-origin-opener-policy', 'same-origin');
	// Only what is made to be shown on other sites (a Mate's symbol) says so itself.
	if (!headers.has('cross-origin-resource-policy'))
		headers.set('cross-origin-resource-policy', 'same-origin');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	if (https) headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	if (!headers.has('content-security-policy') && !(headers.get('content-type') ?? '').includes('text/html')) {
		headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
	}
}
