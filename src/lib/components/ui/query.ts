/** A `?query` string from the set values (undefined, null and '' are left out), for filter and pager links. */
export function queryString(params: Record<string, unknown>): string {
	const pairs = Object.entries(params)
		.filter(([, v]) => v !== undefined && v !== null && v !== '')
		.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
	return pairs.length ? `?${pairs.join('&')}` : '?';
}
