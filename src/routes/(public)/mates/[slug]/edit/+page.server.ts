import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { app } from '#lib/server/app.ts';
import { matesPolicy } from '#lib/server/mates/policy.ts';
import { commonLanguages, languageName } from '#lib/i18n/regions.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { formValues, runForm, toFailure } from '#lib/web/forms.ts';
import { isAppError } from '#lib/server/core/errors.ts';
import { setFlash } from '#lib/web/flash.ts';

/** The profile being edited, once the viewer may edit it (its owner, or the programme team). */
async function editable(event: RequestEvent) {
	const profile = await app().mates.profileBySlug(event.params.slug);
	if (!profile) error(404, event.locals.t('errors.not_found'), { code: 'not_found' });
	authorize(event, (v) => matesPolicy.canEditProfile(v, profile.userId));
	return profile;
}

/** Editing a Mate's public profile: name, city, languages, bios, links and portrait. */
export const load: PageServerLoad = async (event) => {
	const p = await editable(event);
	const nameOf = languageName(event.locals.locale);
	return {
		profile: {
			slug: p.slug,
			displayName: p.displayName,
			city: p.city,
			languages: p.languages,
			links: p.links,
			bio: p.bio,
			photoKey: p.photoKey
		},
		languages: [...new Set([...p.languages, ...commonLanguages])].map((code) => ({
			value: code,
			label: nameOf(code)
		}))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const p = await editable(event);
		const values = await formValues(event.request);
		const result = await runForm(event, values, async () => {
			await app().mates.updateProfile(actionContext(event), p.userId, values);
			return 'saved' as const;
		});
		if (result !== 'saved') return result;
		setFlash(event.cookies, { kind: 'success', key: 'mates.edit.saved' });
		redirect(303, `/mates/${p.slug}`);
	},
	photo: async (event) => {
		const p = await editable(event);
		const file = (await event.request.formData()).get('photo');
		const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		try {
			await app().mates.setPortrait(actionContext(event), p.userId, bytes);
		} catch (err) {
			if (!isAppError(err)) throw err;
			return fail(400, toFailure(event.locals.t, err.code, err.params, err.fields, {}));
		}
		return { photoSaved: true };
	}
};
