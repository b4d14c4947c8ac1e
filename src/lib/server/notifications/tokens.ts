import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an unsubscribe link stops: instant emails, or the digest. */
export const unsubscribeScopes = ['instant', 'digest'] as const;
export type UnsubscribeScope = (typeof unsubscribeScopes)[number];

/**
 * Unsubscribe links that work without signing in: the person and what to stop, signed with a key
 * derived from AUTH_SECRET (HMAC-SHA256). Nothing is stored; a link keeps working as long as the
 * secret does, and a forged or altered one is refused. The worst a leaked link can do is stop emails.
 */
export function unsubscribeTokens(secret: string) {
	const key = createHmac('sha256', secret).update('sotong/notifications/unsubscribe/v1').digest();
	const sign = (userId: string, scope: UnsubscribeScope) =>
		createHmac('sha256', key).update(`${userId}\n${scope}`).digest('base64url');

	return {
		/** A token for one person and one kind of email, for a link in that email. */
		tokenFor(userId: string, scope: UnsubscribeScope): string {
			return `${Buffer.from(userId).toString('base64url')}.${scope}.${sign(userId, scope)}`;
		},

		/** Who and what a token is for, or null when it is not one we signed. */
		read(token: string): { userId: string; scope: UnsubscribeScope } | null {
			if (typeof token !== 'string' || token.length > 300) return null;
			const [id, scope, signature, ...rest] = token.split('.');
			if (rest.length || !id || !signature || !(unsubscribeScopes as readonly string[]).includes(scope))
				return null;
			const userId = Buffer.from(id, 'base64url').toString('utf8');
			const expected = Buffer.from(sign(userId, scope as UnsubscribeScope));
			const given = Buffer.from(signature);
			if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
			return { userId, scope: scope as UnsubscribeScope };
		}
	};
}
