import type { LayoutServerLoad } from './$types';
import { staffPolicy } from '#lib/server/staff/policy.ts';
import { authorize } from '#lib/web/guards.ts';

/** The console is for staff with two-step sign-in; each page below checks its own policy too. */
export const load: LayoutServerLoad = async (event) => {
	authorize(event, staffPolicy.canUseConsole);
	return {};
};
