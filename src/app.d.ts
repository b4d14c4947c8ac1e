import type { Locale, Translate } from '#lib/i18n/index.ts';
import type { Viewer } from '#lib/server/accounts/roles.ts';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
			requestId?: string;
		}
		interface Locals {
			requestId: string;
			locale: Locale;
			t: Translate;
			/** The signed-in person, or null for a visitor. Set once per request in hooks.server.ts. */
			viewer: Viewer | null;
			sessionId: string | null;
			clientAddress: string;
		}
		interface PageData {
			locale?: Locale;
		}
	}
}

export {};
