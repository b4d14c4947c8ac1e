import isoCodes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import type { Locale } from '../../i18n/index.ts';

/**
 * The ISO 3166-1 country codes (alpha-2, from i18n-iso-countries, with the numeric code the world
 * map's shapes are keyed by). Server-only, so the list stays out of the browser bundle.
 */
const countries = new Map((isoCodes as string[][]).map(([alpha2, , numeric]) => [alpha2, numeric]));

export function isCountryCode(code: unknown): code is string {
	return typeof code === 'string' && countries.has(code);
}

const optionsByLocale = new Map<Locale, { code: string; name: string }[]>();

/** Every country as `{ code, name }`, sorted by name in the reader's language, for a select. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
	let options = optionsByLocale.get(locale);
	if (!options) {
		const names = new Intl.DisplayNames(locale, { type: 'region' });
		const collator = new Intl.Collator(locale);
		options = [...countries.keys()]
			.map((code) => ({ code, name: names.of(code) ?? code }))
			.sort((a, b) => collator.compare(a.name, b.name));
		optionsByLocale.set(locale, options);
	}
	return options;
}

const byNumeric = new Map([...countries].map(([alpha2, numeric]) => [numeric, alpha2]));

/** The alpha-2 code of an ISO numeric code (`410` → `KR`), to read world-atlas shapes. */
export function alpha2FromNumeric(numeric: string): string | undefined {
	return byNumeric.get(numeric);
}
