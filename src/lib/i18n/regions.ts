import type { Locale } from './index.ts';

/** Countries and languages by code, named in the reader's language through Intl (no name lists kept). */
/** The flag emoji of a country, built from its regional indicator letters. */
export function flagOf(code: string): string {
	return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1a5 + c.charCodeAt(0)));
}

type Namer = (code: string) => string;
// Making an Intl.DisplayNames costs more than rendering a card, and asking one for a name costs more
// than a lookup: one per language and kind, kept, and each name remembered once asked for.
const regionNamers = new Map<string, Namer>();
const languageNamers = new Map<string, Namer>();

/** A namer that asks Intl once per code (codes are a short, fixed list: countries, languages). */
function remembering(names: Intl.DisplayNames): Namer {
	const known = new Map<string, string>();
	return (code) => {
		let name = known.get(code);
		if (name === undefined) {
			try {
				name = names.of(code) ?? code;
			} catch {
				name = code;
			}
			// Only well-formed codes are kept, so odd input cannot grow the map.
			if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(code)) known.set(code, name);
		}
		return name;
	};
}

/** Names codes in the reader's language: `regionName('ko')('FR')` → 프랑스. */
export function regionName(locale: Locale): Namer {
	let namer = regionNamers.get(locale);
	if (!namer)
		regionNamers.set(locale, (namer = remembering(new Intl.DisplayNames(locale, { type: 'region' }))));
	return namer;
}

/** Names language codes in the reader's language: `languageName('en')('ko')` → Korean. */
export function languageName(locale: Locale): Namer {
	let namer = languageNamers.get(locale);
	if (!namer)
		languageNamers.set(locale, (namer = remembering(new Intl.DisplayNames(locale, { type: 'language' }))));
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
