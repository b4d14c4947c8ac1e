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

/** The ISO numeric code of a country (`KR` → `410`), as world-atlas keys its shapes. */
export function numericCountryCode(alpha2: string): string | undefined {
	return countries.get(alpha2);
}

/** Every country as `{ code, name }`, sorted by name in the reader's language, for a select. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
	const names = new Intl.DisplayNames(locale, { type: 'region' });
	const collator = new Intl.Collator(locale);
	return [...countries.keys()]
		.map((code) => ({ code, name: names.of(code) ?? code }))
		.sort((a, b) => collator.compare(a.name, b.name));
}
