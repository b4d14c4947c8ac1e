import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.ts';
import { staffRoles } from '#lib/server/accounts/roles.ts';
import { apiPolicy } from '#lib/server/api/policy.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

/** A staff member's own API tokens: create (secret shown once), list and revoke. */
export const load: PageServerLoad = async (event) => {
	const viewer = authorize(event, apiPolicy.canManageApiTokens);
	const tokens = await app().tokens.list(viewer.userId);
	return {
		scopes: staffRoles.filter((r) => viewer.roles.includes(r)),
		tokens: tokens.map((tk) => ({
			...tk,
			createdAt: tk.createdAt.toISOString(),
			expiresAt: tk.expiresAt?.toISOString() ?? null,
			lastUsedAt: tk.lastUsedAt?.toISOString() ?? null,
			revokedAt: tk.revokedAt?.toISOString() ?? null
		}))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const viewer = authorize(event, apiPolicy.canManageApiTokens);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().tokens.create(actionContext(event), viewer, values)
		);
		return 'secret' in result ? { created: result.secret } : result;
	},
	revoke: async (event) => {
		const viewer = authorize(event, apiPolicy.canManageApiTokens);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().tokens.revoke(actionContext(event), String(values.id ?? ''), apiPolicy.canRevokeAnyToken(viewer))
		);
		return result ?? { revoked: true };
	}
};
