import type { Locale } from './index.ts';

/** Something named in both interface languages, as forum categories and departments are. */
export interface BilingualName {
	nameEn: string;
	nameKo: string;
}

/** The name to show a reader: the Korean one in Korean, the English one in every other language. */
export function localName(locale: Locale, thing: BilingualName): string {
	return locale === 'ko' ? thing.nameKo : thing.nameEn;
}
