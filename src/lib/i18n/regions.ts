import type { Locale } from './index.ts';

/** Countries and languages by code, named in the reader's language through Intl (no name lists kept). */
/** The flag emoji of a country, built from its regional indicator letters. */
export function flagOf(code: string): string {
	return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1a5 + c.charCodeAt(0)));
}

type Namer = (code: string) => string;
// Making an Intl.DisplayNames costs more than rendering a card: one per language and kind, kept.
const regionNamers = new Map<string, Namer>();
const languageNamers = new Map<string, Namer>();

/** Names codes in the reader's language: `regionName('ko')('FR')` → 프랑스. */
export function regionName(locale: Locale): Namer {
	let namer = regionNamers.get(locale);
	if (!namer) {
		const names = new Intl.DisplayNames(locale, { type: 'region' });
		namer = (code) => names.of(code) ?? code;
		regionNamers.set(locale, namer);
	}
	return namer;
}

/** Names language codes in the reader's language: `languageName('en')('ko')` → Korean. */
export function languageName(locale: Locale): Namer {
	let namer = languageNamers.get(locale);
	if (!namer) {
		const names = new Intl.DisplayNames(locale, { type: 'language' });
		namer = (code) => {
			try {
				return names.of(code) ?? code;
			} catch {
				return code;
			}
		};
		languageNamers.set(locale, namer);
	}
	return namer;
}

/**
 * Languages offered on the application form: the ones Mates write in most. The cohort's wanted
 * languages are added to these, so a programme manager's choice always appears.
 */
export const commonLanguages = [
	'en',
	'ko',
	'ja',
	'zh-hans',
	'zh-hant',
	'es',
	'fr',
	'de',
	'it',
	'pt',
	'ru',
	'vi',
	'th',
	'id',
	'ms',
	'tl',
	'hi',
	'bn',
	'ar',
	'fa',
	'tr',
	'pl',
	'uk',
	'nl',
	'sv',
	'mn',
	'uz',
	'kk',
	'sw'
] as const;

/** Language codes as stored: lower case BCP 47 (`zh-hant`), two or three letters plus an optional subtag. */
export const languageCodePattern = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;
