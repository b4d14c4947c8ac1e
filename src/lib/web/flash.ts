import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';

/**
 * One-off messages that survive a redirect (post → redirect → get): an action sets one, the next
 * page load takes it and the root layout shows it once as a toast. Only a message key and its params
 * travel, never free text, so the toast is always in the reader's language.
 */
const COOKIE = 'flash';
const MAX_AGE_SECONDS = 60;

const flashSchema = z.object({
	kind: z.enum(['success', 'error', 'info']),
	key: z
		.string()
		.min(1)
		.max(120)
		.regex(/^[A-Za-z0-9_.-]+$/),
	params: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional()
});

/** A toast to show on the next page: its tone, a message key, and the key's params. */
export type Flash = z.infer<typeof flashSchema>;

/** Remember a toast for the next page the browser loads (usually right after a 303 redirect). */
export function setFlash(cookies: Cookies, flash: Flash): void {
	cookies.set(COOKIE, JSON.stringify(flashSchema.parse(flash)), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		maxAge: MAX_AGE_SECONDS
	});
}

/** Read and forget the pending toast; anything malformed or tampered with is dropped silently. */
export function takeFlash(cookies: Cookies): Flash | null {
	const raw = cookies.get(COOKIE);
	if (raw === undefined) return null;
	cookies.delete(COOKIE, { path: '/' });
	try {
		const parsed = flashSchema.safeParse(JSON.parse(raw));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** Whether a one-off message waits for this request (such a page is personal and never cached). */
export function hasFlash(cookies: Cookies): boolean {
	return !!cookies.get(COOKIE);
}
