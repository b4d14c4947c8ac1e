/** What a service needs to know about the request it serves (for audit, throttling, cookies). */
export interface RequestInfo {
	headers: Headers;
	ipAddress: string;
	userAgent: string | null;
	locale: string;
}
