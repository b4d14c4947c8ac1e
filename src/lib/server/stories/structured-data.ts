/**
 * schema.org `Article` JSON-LD for a story, safe to place inside a script element: `<` is escaped so
 * no text from the story can close the element.
 */
export function articleJsonLd(input: {
	url: string;
	title: string;
	summary: string;
	language: string;
	publishedAt: string | null;
	updatedAt: string;
	author: { name: string; url: string } | null;
	publisher: string;
}): string {
	const data = {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: input.title,
		description: input.summary || undefined,
		inLanguage: input.language,
		datePublished: input.publishedAt ?? undefined,
		dateModified: input.updatedAt,
		mainEntityOfPage: input.url,
		url: input.url,
		author: input.author ? { '@type': 'Person', name: input.author.name, url: input.author.url } : undefined,
		publisher: { '@type': 'GovernmentOrganization', name: input.publisher }
	};
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
