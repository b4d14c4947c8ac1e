/**
 * A readable URL slug: Latin letters lose their accents, Hangul and other scripts are kept (browsers
 * show them as typed), and everything else becomes a hyphen. Falls back when nothing is left.
 */
export function slugify(text: string, fallback = 'item', max = 60): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.normalize('NFC')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, max)
			.replace(/-+$/g, '') || fallback
	);
}

/** The slug itself when free, otherwise the first `slug-2`, `slug-3`… that is. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
	if (!(await taken(base))) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}`;
		if (!(await taken(candidate))) return candidate;
	}
}
