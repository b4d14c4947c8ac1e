import { describe, expect, it } from 'vitest';
import { viewerWith as viewer } from '../../../../tests/support/viewers.ts';
import { forumPolicy, type ForumAccess } from './policy.ts';
import type { CategoryVisibility } from './schema.ts';

const accesses: ForumAccess[] = ['visitor', 'member', 'mate', 'staff'];
const visibilities: CategoryVisibility[] = ['public', 'mates', 'staff'];

describe('forum policy', () => {
	it('knows how far each kind of person reaches', () => {
		expect(forumPolicy.readerOf(null)).toMatchObject({ userId: null, access: 'visitor' });
		expect(forumPolicy.readerOf(viewer(['applicant'])).access).toBe('member');
		expect(forumPolicy.readerOf(viewer([])).access).toBe('member');
		expect(forumPolicy.readerOf(viewer(['mate'])).access).toBe('mate');
		for (const role of ['content-reviewer', 'programme-manager', 'inbox-agent', 'admin'] as const)
			expect(forumPolicy.readerOf(viewer([role])).access).toBe('staff');
		// A staff role is not usable before two-step sign-in.
		expect(forumPolicy.readerOf(viewer(['admin'], false)).access).toBe('member');
		expect(forumPolicy.readerOf(viewer(['mate', 'admin'], false)).access).toBe('mate');
	});

	it('lets each kind of person read, start topics and reply by the category visibility', () => {
		// [access][visibility] → read, start, reply (open topic), reply (locked topic)
		const expected: Record<ForumAccess, Record<CategoryVisibility, string>> = {
			visitor: { public: 'r---', mates: '----', staff: '----' },
			member: { public: 'r---', mates: '----', staff: '----' },
			mate: { public: 'rsa-', mates: 'rsa-', staff: '----' },
			staff: { public: 'rsaL', mates: 'rsaL', staff: 'rsaL' }
		};
		for (const access of accesses)
			for (const visibility of visibilities) {
				const c = { visibility, staffStartsTopics: false };
				const got = [
					forumPolicy.canRead(access, c) ? 'r' : '-',
					forumPolicy.canStartTopic(access, c) ? 's' : '-',
					forumPolicy.canReply(access, c, { locked: false }) ? 'a' : '-',
					forumPolicy.canReply(access, c, { locked: true }) ? 'L' : '-'
				].join('');
				expect(got, `${access} in a ${visibility} category`).toBe(expected[access][visibility]);
			}
	});

	it('keeps starting topics in announcements to staff, while Mates may still reply there', () => {
		const announcements = { visibility: 'public' as const, staffStartsTopics: true };
		expect(forumPolicy.canStartTopic('mate', announcements)).toBe(false);
		expect(forumPolicy.canStartTopic('staff', announcements)).toBe(true);
		expect(forumPolicy.canReply('mate', announcements, { locked: false })).toBe(true);
	});

	it('opens the new-topic page to Mates and staff only', () => {
		expect(forumPolicy.canWrite(null)).toBe(false);
		expect(forumPolicy.canWrite(viewer(['applicant']))).toBe(false);
		expect(forumPolicy.canWrite(viewer(['mate']))).toBe(true);
		expect(forumPolicy.canWrite(viewer(['analyst']))).toBe(true);
		expect(forumPolicy.canModerate(viewer(['mate']))).toBe(false);
		expect(forumPolicy.canModerate(viewer(['content-reviewer']))).toBe(true);
	});

	it('leaves moderation to content reviewers and administrators, flagging to signed-in readers', () => {
		const moderates = (roles: Parameters<typeof viewer>[0], totp = true) =>
			forumPolicy.readerOf(viewer(roles, totp)).moderator;
		expect(moderates(['content-reviewer'])).toBe(true);
		expect(moderates(['admin'])).toBe(true);
		expect(moderates(['programme-manager'])).toBe(false);
		expect(moderates(['mate'])).toBe(false);
		expect(moderates(['content-reviewer'], false)).toBe(false);
		expect(forumPolicy.readerOf(null).moderator).toBeUndefined();
		expect(forumPolicy.canFlag({ userId: null, access: 'visitor' }, { authorId: 'a' })).toBe(false);
		expect(forumPolicy.canFlag({ userId: 'b', access: 'member' }, { authorId: 'a' })).toBe(true);
		expect(forumPolicy.canFlag({ userId: 'a', access: 'mate' }, { authorId: 'a' })).toBe(false);
		const open = { visibility: 'mates' as const };
		const mate = { userId: 'a', access: 'mate' as const };
		expect(forumPolicy.canEdit(mate, open, { locked: false }, { authorId: 'a' })).toBe(true);
		expect(forumPolicy.canEdit(mate, open, { locked: true }, { authorId: 'a' })).toBe(false);
		expect(forumPolicy.canEdit(mate, open, { locked: false }, { authorId: 'b' })).toBe(false);
	});
});
