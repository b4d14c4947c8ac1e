import { describe, expect, it } from 'vitest';
import type { ForumAccess } from '../forum/policy.ts';
import type { CategoryVisibility } from '../forum/schema.ts';
import { notificationsPolicy, type Following } from './policy.ts';
import type { SubscriptionLevel } from './schema.ts';

const f = (topic: SubscriptionLevel | null, category: SubscriptionLevel | null): Following => ({
	topic,
	category
});

describe('who is told about a post', () => {
	// [access, category, topic level, category level, mentioned, first post] → kind
	const table: [
		ForumAccess,
		CategoryVisibility,
		SubscriptionLevel | null,
		SubscriptionLevel | null,
		boolean,
		boolean,
		string | null
	][] = [
		['mate', 'mates', null, null, true, false, 'mention'],
		['member', 'mates', null, null, true, false, null], // may not read: nobody learns of it
		['member', 'public', null, null, true, false, 'mention'],
		['mate', 'staff', 'subscribed', null, true, false, null],
		['staff', 'staff', null, null, true, false, 'mention'],
		['mate', 'mates', 'muted', null, true, false, null], // a muted topic silences mentions too
		['mate', 'mates', null, 'muted', true, false, 'mention'], // a muted category does not
		['mate', 'mates', 'subscribed', null, false, false, 'reply'],
		['mate', 'mates', 'subscribed', 'muted', false, false, null], // muting wins over subscribing
		['mate', 'mates', 'subscribed', 'subscribed', false, false, 'reply'],
		['mate', 'mates', 'off', 'subscribed', false, false, null], // a category follows new topics only
		['mate', 'mates', null, 'subscribed', false, true, 'topic'],
		['mate', 'mates', null, 'off', false, true, null],
		['visitor', 'public', null, 'subscribed', false, true, 'topic'],
		['mate', 'mates', 'subscribed', null, true, false, 'mention'] // one notification: the mention
	];
	it.each(table)(
		'%s in a %s category, topic %s, category %s, mentioned %s, first post %s → %s',
		(access, visibility, topic, category, mentioned, firstPost, kind) => {
			expect(
				notificationsPolicy.kindFor(access, visibility, f(topic, category), { mentioned, firstPost })
			).toBe(kind);
		}
	);

	it('leaves muted topics and categories out of the digest', () => {
		expect(notificationsPolicy.inDigest(f(null, null))).toBe(true);
		expect(notificationsPolicy.inDigest(f('subscribed', 'muted'))).toBe(false);
		expect(notificationsPolicy.inDigest(f('muted', 'subscribed'))).toBe(false);
	});

	it('lists the visibilities each reader reaches', () => {
		expect(notificationsPolicy.readableVisibilities('member')).toEqual(['public']);
		expect(notificationsPolicy.readableVisibilities('mate')).toEqual(['public', 'mates']);
		expect(notificationsPolicy.readableVisibilities('staff')).toEqual(['public', 'mates', 'staff']);
	});
});
