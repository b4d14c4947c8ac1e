/** What a video story's JSON-LD says of its video. */
export interface VideoFacts {
	contentUrl?: string;
	embedUrl?: string;
	thumbnailUrl?: string;
	durationSeconds?: number;
}

/**
 * schema.org JSON-LD for a story — an `Article`, or a `VideoObject` for a video story — safe to place
 * inside a script element: `<` is escaped so no text from the story can close the element.
 */
export function storyJsonLd(input: {
	url: string;
	title: string;
	summary: string;
	language: string;
	publishedAt: string | null;
	updatedAt: string;
	image: string | null;
	author: { name: string; url: string } | null;
	publisher: string;
	video?: VideoFacts | null;
}): string {
	const author = input.author
		? { '@type': 'Person', name: input.author.name, url: input.author.url }
		: undefined;
	const publisher = { '@type': 'GovernmentOrganization', name: input.publisher };
	const v = input.video;
	const data = v
		? {
				'@context': 'https://schema.org',
				'@type': 'VideoObject',
				name: input.title,
				description: input.summary || input.title,
				inLanguage: input.language,
				uploadDate: input.publishedAt ?? input.updatedAt,
				thumbnailUrl: v.thumbnailUrl ?? input.image ?? undefined,
				contentUrl: v.contentUrl,
				embedUrl: v.embedUrl,
				duration: v.durationSeconds ? `PT${Math.round(v.durationSeconds)}S` : undefined,
				url: input.url,
				author,
				publisher
			}
		: {
				'@context': 'https://schema.org',
				'@type': 'Article',
				headline: input.title,
				description: input.summary || undefined,
				inLanguage: input.language,
				datePublished: input.publishedAt ?? undefined,
				dateModified: input.updatedAt,
				image: input.image ?? undefined,
				mainEntityOfPage: input.url,
				url: input.url,
				author,
				publisher
			};
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
