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
		['nobody signed in', null, false, false, false, false],
		['a Mate', viewer(['mate']), false, true, false, false],
		['an applicant', viewer(['applicant']), false, false, false, false],
		['a content reviewer', viewer(['content-reviewer']), false, false, false, false],
		['a programme manager', viewer(['programme-manager']), false, false, true, false],
		['a programme manager without TOTP', viewer(['programme-manager'], false), false, false, false, false],
		['an administrator', viewer(['admin']), true, false, true, true],
		['an administrator without TOTP', viewer(['admin'], false), false, false, false, false]
	])(
		'%s: rotate keys %s, download own %s, revoke %s, configure the certificate %s',
		(_who, v, rotate, download, revoke, configure) => {
			expect(credentialsPolicy.canRotateKeys(v)).toBe(rotate);
			expect(credentialsPolicy.canDownloadOwn(v)).toBe(download);
			expect(credentialsPolicy.canRevoke(v)).toBe(revoke);
			expect(credentialsPolicy.canConfigureCertificate(v)).toBe(configure);
		}
	);
});
