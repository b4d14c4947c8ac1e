import { hasRole, isStaff, type Viewer } from '../accounts/roles.ts';

/**
 * Who may do what with staff accounts, roles, departments and the audit log. Routes ask these
 * questions on the server for every page, action and endpoint; the console navigation is derived
 * from the same rules so nobody sees a link they may not follow.
 */
export const staffPolicy = {
	/** Staff must have TOTP on before any staff role is usable. */
	canUseConsole: (v: Viewer | null) => isStaff(v) && !!v?.twoFactorEnabled,
	canManageStaff: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'admin'),
	canReadAudit: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'admin'),
	canManageSettings: (v: Viewer | null) => staffPolicy.canUseConsole(v) && hasRole(v, 'admin'),
	canManageApiTokens: (v: Viewer | null) => staffPolicy.canUseConsole(v)
};

export interface NavItem {
	href: string;
	labelKey: string;
	icon?: string;
}

/** The console menu for this viewer: only the areas their roles open. */
export function consoleNavigation(viewer: Viewer | null): NavItem[] {
	if (!isStaff(viewer)) return [];
	if (!viewer?.twoFactorEnabled) return [{ href: '/account/two-factor', labelKey: 'console.nav.twoFactor', icon: 'shield' }];
	const items: NavItem[] = [{ href: '/console', labelKey: 'console.nav.home', icon: 'home' }];
	if (staffPolicy.canManageStaff(viewer)) items.push({ href: '/console/staff', labelKey: 'console.nav.staff', icon: 'users' });
	if (staffPolicy.canReadAudit(viewer)) items.push({ href: '/console/audit', labelKey: 'console.nav.audit', icon: 'log' });
	if (staffPolicy.canManageSettings(viewer))
		items.push({ href: '/console/settings', labelKey: 'console.nav.settings', icon: 'info' });
	if (staffPolicy.canManageApiTokens(viewer))
		items.push({ href: '/console/api-tokens', labelKey: 'console.nav.apiTokens', icon: 'key' });
	return items;
}
