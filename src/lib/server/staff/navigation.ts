import { isStaff, type Viewer } from '../accounts/roles.ts';
import { apiPolicy } from '../api/policy.ts';
import { auditPolicy } from '../audit/policy.ts';
import { settingsPolicy } from '../settings/policy.ts';
import { staffPolicy } from './policy.ts';
import { matesPolicy } from '../mates/policy.ts';
import { storiesPolicy } from '../stories/policy.ts';
import { symbolsPolicy } from '../symbols/policy.ts';
import { credentialsPolicy } from '../credentials/policy.ts';
import { forumPolicy } from '../forum/policy.ts';

export interface NavItem {
	href: string;
	labelKey: string;
	icon?: string;
}

/** The console menu for this viewer, derived from the same policies the routes check. */
export function consoleNavigation(viewer: Viewer | null): NavItem[] {
	if (!isStaff(viewer)) return [];
	if (!viewer?.twoFactorEnabled)
		return [{ href: '/account/two-factor', labelKey: 'console.nav.twoFactor', icon: 'shield' }];
	const items: NavItem[] = [{ href: '/console', labelKey: 'console.nav.home', icon: 'home' }];
	if (staffPolicy.canManageStaff(viewer))
		items.push({ href: '/console/staff', labelKey: 'console.nav.staff', icon: 'users' });
	if (matesPolicy.canManageCohorts(viewer))
		items.push({ href: '/console/cohorts', labelKey: 'console.nav.cohorts', icon: 'calendar' });
	if (matesPolicy.canReviewApplications(viewer))
		items.push({ href: '/console/applications', labelKey: 'console.nav.applications', icon: 'inbox' });
	if (credentialsPolicy.canRevoke(viewer))
		items.push({ href: '/console/credentials', labelKey: 'credentials.console.nav', icon: 'check' });
	if (storiesPolicy.canReview(viewer))
		items.push({ href: '/console/stories', labelKey: 'console.nav.stories', icon: 'book' });
	if (symbolsPolicy.canSeeAllLoyalty(viewer))
		items.push({ href: '/console/symbols', labelKey: 'console.nav.symbols', icon: 'check' });
	if (forumPolicy.canModerate(viewer))
		items.push({ href: '/console/forum', labelKey: 'console.nav.forum', icon: 'message' });
	if (staffPolicy.canManageStaff(viewer))
		items.push({ href: '/console/departments', labelKey: 'console.nav.departments', icon: 'building' });
	if (auditPolicy.canReadAudit(viewer))
		items.push({ href: '/console/audit', labelKey: 'console.nav.audit', icon: 'log' });
	if (settingsPolicy.canManageSettings(viewer))
		items.push({ href: '/console/settings', labelKey: 'console.nav.settings', icon: 'settings' });
	if (apiPolicy.canManageApiTokens(viewer))
		items.push({ href: '/console/api-tokens', labelKey: 'console.nav.apiTokens', icon: 'key' });
	return items;
}
