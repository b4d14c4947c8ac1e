import type { ByteRange } from '../core/storage.ts';

/**
 * Reads an HTTP `Range` header (RFC 9110) for a file of `size` bytes, so players can seek in a video
 * without fetching all of it. `null` means "send the whole file" (no header, another unit, or several
 * ranges, which a server may answer in full); 'unsatisfiable' means answer 416.
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
	if (!header) return null;
	const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/.exec(header.trim());
	if (!match) return null;
	const [, first, last] = match;
	if (first === '' && last === '') return null;
	if (first === '') {
		// The last N bytes.
		const suffix = Number(last);
		if (suffix === 0 || size === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(first);
	const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
	if (start >= size) return 'unsatisfiable';
	if (end < start) return null; // invalid: ignore the header
	return { start, end };
}
