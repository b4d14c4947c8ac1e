/** One photo of a photo set: an uploaded image with what it shows (alt) and what the writer says (caption). */
export interface StoryPhoto {
	imageId: string;
	alt: string;
	caption: string;
}

/** The video of a video story: a file uploaded here, or a post on a platform shown through its embed. */
export type StoryVideo =
	| { source: 'upload'; videoId: string }
	| { source: 'embed'; provider: 'youtube' | 'instagram' | 'tiktok'; url: string; embedId: string };
