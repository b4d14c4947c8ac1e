import { isLocale, translator } from '../../i18n/index.ts';
import type { MailMessage } from '../core/mailer.ts';

/**
 * Builds a localised email from the `email.<kind>` message keys with a link to act on, in the
 * recipient's language. Every module's emails go through it, so they read and sign off alike.
 */
export function accountEmail(
	kind: string,
	to: { email: string; name: string; locale?: string | null },
	link: string,
	params: Record<string, string> = {}
): MailMessage {
	const t = translator(isLocale(to.locale) ? to.locale : 'en');
	const vars = { name: to.name, link, ...params };
	return {
		to: to.email,
		subject: t(`email.${kind}.subject`, vars),
		text: `${t(`email.${kind}.body`, vars)}\n\n${link}\n\n${t('email.footer', vars)}`
	};
}
