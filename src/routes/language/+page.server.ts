import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { locales } from '#lib/i18n/index.ts';
import { app } from '#lib/server/app.ts';
import type { Actions, PageServerLoad } from './$types';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** A path on this site only: starts with one slash, no scheme-relative `//` or `/\`, no control characters. */
const sameSitePath = z
	.string()
	.max(2048)
	.refine(
		(p) =>
			p.startsWith('/') &&
			!p.startsWith('//') &&
			!p.includes('\\') &&
			![...p].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
	);

const choiceSchema = z.object({
	locale: z.enum(locales),
	// A bad or missing return address is not worth an error page: go home instead.
	redirectTo: sameSitePath.catch('/')
});

/** Nothing to show here: the switcher only posts to this route. */
export const load: PageServerLoad = () => {
	redirect(303, '/');
};

export const actions: Actions = {
	/** The language switcher's form: remember the choice for a year and go back to where the reader was. */
	default: async ({ request, cookies, locals }) => {
		const form = await request.formData();
		const parsed = choiceSchema.safeParse({
			locale: form.get('locale'),
			redirectTo: form.get('redirectTo') ?? '/'
		});
		if (!parsed.success) error(400, locals.t('errors.bad_request'), { code: 'bad_request' });

		// Signed-in people also get their emails in the language they chose.
		if (locals.viewer) await app().accounts.setLanguage(locals.viewer.userId, parsed.data.locale);
		cookies.set('locale', parsed.data.locale, {
			path: '/',
			maxAge: ONE_YEAR_SECONDS,
			sameSite: 'lax',
			httpOnly: false
		});
		redirect(303, parsed.data.redirectTo);
	}
};
