import { describe, expect, it } from 'vitest';
import type { Viewer } from '../accounts/roles.ts';
import { viewerWith as viewer } from '../../../../tests/support/viewers.ts';
import { apiPolicy } from '../api/policy.ts';
import { auditPolicy } from '../audit/policy.ts';
import { settingsPolicy } from '../settings/policy.ts';
import { consoleNavigation } from './navigation.ts';
import { matesPolicy } from '../mates/policy.ts';
import { storiesPolicy } from '../stories/policy.ts';
import { symbolsPolicy } from '../symbols/policy.ts';
import { forumPolicy } from '../forum/policy.ts';
import { staffPolicy } from './policy.ts';
import { credentialsPolicy } from '../credentials/policy.ts';

describe('console navigation', () => {
	const hrefs = (v: Viewer | null) => consoleNavigation(v).map((i) => i.href);

	it('shows each role only the console areas it may open', () => {
		expect(hrefs(viewer(['admin']))).toEqual([
			'/console',
			'/console/staff',
			'/console/cohorts',
			'/console/applications',
			'/console/credentials',
			'/console/stories',
			'/console/symbols',
			'/console/forum',
			'/console/departments',
			'/console/audit',
			'/console/settings',
			'/console/api-tokens'
		]);
		expect(hrefs(viewer(['content-reviewer']))).toEqual([
			'/console',
			'/console/stories',
			'/console/forum',
			'/console/api-tokens'
		]);
		for (const role of ['inbox-agent', 'department-responder', 'analyst', 'diplomacy-officer'] as const) {
			expect(hrefs(viewer([role])), role).toEqual(['/console', '/console/api-tokens']);
		}
		expect(hrefs(viewer(['programme-manager']))).toEqual([
			'/console',
			'/console/cohorts',
			'/console/applications',
			'/console/credentials',
			'/console/symbols',
			'/console/api-tokens'
		]);
	});

	it('sends staff without two-step sign-in to set it up, and shows members and visitors nothing', () => {
		expect(hrefs(viewer(['admin'], false))).toEqual(['/account/two-factor']);
		expect(hrefs(viewer(['mate', 'applicant']))).toEqual([]);
		expect(hrefs(null)).toEqual([]);
	});

	it('offers only links whose policy lets the viewer in', () => {
		const checks: Record<string, (v: Viewer) => boolean> = {
			'/console': staffPolicy.canUseConsole,
			'/console/staff': staffPolicy.canManageStaff,
			'/console/departments': staffPolicy.canManageStaff,
			'/console/cohorts': matesPolicy.canManageCohorts,
			'/console/applications': matesPolicy.canReviewApplications,
			'/console/credentials': credentialsPolicy.canRevoke,
			'/console/stories': storiesPolicy.canReview,
			'/console/symbols': symbolsPolicy.canSeeAllLoyalty,
			'/console/forum': forumPolicy.canModerate,
			'/console/audit': auditPolicy.canReadAudit,
			'/console/settings': settingsPolicy.canManageSettings,
			'/console/api-tokens': apiPolicy.canManageApiTokens
		};
		for (const v of [
			viewer(['admin']),
			viewer(['analyst']),
			viewer(['programme-manager']),
			viewer(['admin', 'mate'])
		]) {
			for (const href of hrefs(v)) expect(checks[href]!(v), `${href} for ${v.roles.join(',')}`).toBe(true);
		}
	});
});

describe('console policies', () => {
	it('keep the console closed to staff without two-step sign-in and to members', () => {
		expect(staffPolicy.canUseConsole(viewer(['analyst']))).toBe(true);
		expect(staffPolicy.canUseConsole(viewer(['analyst'], false))).toBe(false);
		expect(staffPolicy.canUseConsole(viewer(['mate', 'applicant']))).toBe(false);
		expect(staffPolicy.canUseConsole(null)).toBe(false);
		expect(staffPolicy.canManageStaff(viewer(['programme-manager']))).toBe(false);
		expect(auditPolicy.canReadAudit(viewer(['admin'], false))).toBe(false);
		expect(settingsPolicy.canManageSettings(viewer(['analyst']))).toBe(false);
		expect(apiPolicy.canRevokeAnyToken(viewer(['analyst']))).toBe(false);
		expect(apiPolicy.canRevokeAnyToken(viewer(['admin']))).toBe(true);
	});
});
