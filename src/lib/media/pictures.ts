/** An uploaded image as pages show it: its id, size, and the widths its variants were made at. */
export interface PictureInfo {
	id: string;
	width: number;
	height: number;
	/** Empty until the variants job has run: then only the master is there. */
	widths: number[];
}

/**
 * The addresses a `<picture>` needs for an image: a srcset per format (AVIF, WebP, JPEG) and the
 * plain `src` for browsers without srcset (the largest JPEG, or the master before variants exist).
 */
export function pictureSources(p: PictureInfo, origin = '') {
	const base = `${origin}/media/images/${p.id}`;
	if (p.widths.length === 0) return { src: `${base}/master.jpg`, avif: null, webp: null, jpg: null };
	const set = (ext: string) => p.widths.map((w) => `${base}/${w}.${ext} ${w}w`).join(', ');
	return {
		src: `${base}/${Math.max(...p.widths)}.jpg`,
		avif: set('avif'),
		webp: set('webp'),
		jpg: set('jpg')
	};
}

/** The WebP (or master JPEG) address nearest a width, for feeds and share previews that take one image. */
export function pictureNear(p: PictureInfo, width: number): string {
	if (p.widths.length === 0) return `/media/images/${p.id}/master.jpg`;
	const best = p.widths.reduce((a, b) => (Math.abs(b - width) < Math.abs(a - width) ? b : a));
	return `/media/images/${p.id}/${best}.jpg`;
}
