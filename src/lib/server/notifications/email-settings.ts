import { eq } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { notificationSetting } from './schema.ts';
import { emailSettingsInput } from './schemas.ts';
import type { UnsubscribeScope, unsubscribeTokens } from './tokens.ts';

/**
 * A person's email choices (instant emails, a digest), set on /account or stopped from the signed
 * unsubscribe link in every email without signing in.
 */
export function createEmailSettings(deps: {
	db: Database;
	clock: Clock;
	tokens: ReturnType<typeof unsubscribeTokens>;
}) {
	const { db, tokens } = deps;
	const now = () => deps.clock.now();

	const settings = {
		/** A person's email choices (the defaults until they change them). */
		async settingsOf(userId: string) {
			const [s] = await db.select().from(notificationSetting).where(eq(notificationSetting.userId, userId));
			return { instantEmail: s?.instantEmail ?? true, digest: s?.digest ?? 'none' };
		},

		/**
		 * Saves a person's email choices. Choosing a digest starts it from now, so the first one holds
		 * what came after the choice, not the whole forum's history.
		 */
		async updateSettings(userId: string, input: unknown) {
			const data = parseInput(emailSettingsInput, input);
			const at = now();
			const before = await settings.settingsOf(userId);
			const startDigest = data.digest !== 'none' && before.digest === 'none';
			await db
				.insert(notificationSetting)
				.values({ userId, ...data, lastDigestAt: startDigest ? at : null, updatedAt: at })
				.onConflictDoUpdate({
					target: notificationSetting.userId,
					set: { ...data, updatedAt: at, ...(startDigest ? { lastDigestAt: at } : {}) }
				});
			return data;
		},

		/** What an unsubscribe link would stop, for its confirmation page; null for a link we did not sign. */
		async unsubscribeFor(token: string): Promise<{ scope: UnsubscribeScope; email: string } | null> {
			const found = tokens.read(token);
			if (!found) return null;
			const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, found.userId));
			return u ? { scope: found.scope, email: u.email } : null;
		},

		/** Stops what the link says (instant emails or the digest), without signing in. */
		async unsubscribe(token: string): Promise<UnsubscribeScope> {
			const found = await settings.unsubscribeFor(token);
			const read = tokens.read(token);
			if (!found || !read) throw new AppError('token_invalid', 'Not an unsubscribe link');
			const change = found.scope === 'instant' ? { instantEmail: false } : { digest: 'none' as const };
			await db
				.insert(notificationSetting)
				.values({ userId: read.userId, ...change, updatedAt: now() })
				.onConflictDoUpdate({ target: notificationSetting.userId, set: { ...change, updatedAt: now() } });
			return found.scope;
		}
	};
	return settings;
}
