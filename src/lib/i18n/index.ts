import { messages as en } from './messages/en/index.ts';
import { messages as ko } from './messages/ko/index.ts';

/** UI languages; more are a message folder each. Content carries its own language separately. */
export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

type Tree = { [key: string]: string | Tree };
type Leaves<T, P extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, derived from the English files so a typo fails type-checking. */
export type MessageKey = Leaves<typeof en>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey | (string & {}), params?: Params) => string;

const catalogs: Record<Locale, Tree> = { en, ko };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Each catalogue flattened to dotted keys once: a page looks up hundreds of messages per render. */
const flatCatalogs = new Map<Locale, Map<string, string>>();

function flatCatalog(locale: Locale): Map<string, string> {
	let flat = flatCatalogs.get(locale);
	if (flat) return flat;
	flat = new Map();
	const walk = (node: Tree, prefix: string) => {
		for (const [k, v] of Object.entries(node)) {
			if (typeof v === 'string') flat.set(prefix + k, v);
			else walk(v, `${prefix}${k}.`);
		}
	};
	walk(catalogs[locale], '');
	flatCatalogs.set(locale, flat);
	return flat;
}

/** Looks a key up in a catalogue; undefined when missing (tests use this to find gaps). */
export function lookup(locale: Locale, key: string): string | undefined {
	return flatCatalog(locale).get(key);
}

/** All keys of a catalogue, for the completeness test. */
export function allKeys(locale: Locale): string[] {
	return [...flatCatalog(locale).keys()];
}

/**
 * A translator for one locale. `{name}` placeholders are filled from params; numbers are formatted
 * with Intl (except `year`). A `{count, plural, one {...} other {...}}` form picks with Intl.PluralRules.
 * A missing key falls back to English and then to the key itself, so a gap is visible, never a crash.
 */
export function translator(locale: Locale): Translate {
	let t = translators.get(locale);
	if (!t) translators.set(locale, (t = makeTranslator(locale)));
	return t;
}

/** One translator per language, built once: every request and component asks for one. */
const translators = new Map<Locale, Translate>();

function makeTranslator(locale: Locale): Translate {
	const plural = new Intl.PluralRules(locale);
	const number = new Intl.NumberFormat(locale);
	return (key, params) => {
		const template = lookup(locale, key) ?? lookup(defaultLocale, key) ?? key;
		if (!params) return template;
		return template
			.replace(/\{(\w+), plural, ((?:=?\w+ \{[^}]*\}\s*)+)\}/g, (_m, name: string, forms: string) => {
				const n = Number(params[name] ?? 0);
				const options = Object.fromEntries(
					[...forms.matchAll(/(=?\w+) \{([^}]*)\}/g)].map((f) => [f[1], f[2]])
				);
				const chosen = options[`=${n}`] ?? options[plural.select(n)] ?? options.other ?? '';
				return chosen.replace('#', number.format(n));
			})
			.replace(/\{(\w+)\}/g, (m, name: string) => {
				const v = params[name];
				if (v === undefined) return m;
				// Years are names, not quantities: 2026, never "2,026".
				return typeof v === 'number' && name !== 'year' ? number.format(v) : String(v);
			});
	};
}

/**
 * Picks the UI language: an explicit choice (cookie or ?lang=) wins, then the browser's
 * Accept-Language in its order of preference, then English.
 */
export function negotiateLocale(choice: string | null | undefined, acceptLanguage: string | null): Locale {
	if (isLocale(choice)) return choice;
	if (acceptLanguage) {
		const ranked = acceptLanguage
			.split(',')
			.map((part) => {
				const [tag, ...rest] = part.trim().split(';');
				const q = rest.find((r) => r.trim().startsWith('q='));
				return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
			})
			.filter((r) => r.q > 0)
			.sort((a, b) => b.q - a.q);
		for (const { tag } of ranked) {
			const base = tag.split('-')[0];
			if (isLocale(base)) return base;
		}
	}
	return defaultLocale;
}
