import { describe, expect, it } from 'vitest';
import type { Role, Viewer } from '../accounts/roles.ts';
import { credentialsPolicy } from './policy.ts';

const viewer = (roles: Role[], twoFactorEnabled = true): Viewer => ({
	userId: 'u1',
	name: 'Someone',
	email: 'someone@example.com',
	emailVerified: true,
	roles,
	departmentId: null,
	twoFactorEnabled
});

describe('who may do what with credentials', () => {
	it.each([
		['nobody signed in', null, false, false],
		['a Mate', viewer(['mate']), false, true],
		['an applicant', viewer(['applicant']), false, false],
		['a programme manager', viewer(['programme-manager']), false, false],
		['an administrator', viewer(['admin']), true, false],
		['an administrator without TOTP', viewer(['admin'], false), false, false]
	])('%s: rotate keys %s, download own %s', (_who, v, rotate, download) => {
		expect(credentialsPolicy.canRotateKeys(v)).toBe(rotate);
		expect(credentialsPolicy.canDownloadOwn(v)).toBe(download);
	});
});
