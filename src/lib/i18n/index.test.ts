import { describe, expect, it } from 'vitest';
import { allKeys, isLocale, lookup, negotiateLocale, translator } from './index.ts';
import { formatters } from './format.ts';

describe('catalogues', () => {
	it('have exactly the same keys in English and Korean', () => {
		const en = new Set(allKeys('en'));
		const ko = new Set(allKeys('ko'));
		expect({
			missingInKorean: [...en].filter((k) => !ko.has(k)),
			missingInEnglish: [...ko].filter((k) => !en.has(k))
		}).toEqual({
			missingInKorean: [],
			missingInEnglish: []
		});
		expect(en.size).toBeGreaterThan(100);
	});

	it('use the same placeholders in both languages', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:,|\})/g)].map((m) => m[1]).sort();
		const mismatched = allKeys('en').filter(
			(k) =>
				JSON.stringify(placeholders(lookup('en', k)!)) !== JSON.stringify(placeholders(lookup('ko', k) ?? ''))
		);
		expect(mismatched).toEqual([]);
	});
});

describe('translator', () => {
	it('fills named parameters and formats numbers for the locale', () => {
		for (const locale of ['en', 'ko'] as const) {
			const template = lookup(locale, 'errors.field.tooShort')!;
			expect(template).toContain('{min}');
			expect(translator(locale)('errors.field.tooShort', { min: 1234 })).toBe(
				template.replace('{min}', '1,234')
			);
		}
		expect(translator('en')('{who} wrote {n} stories', { who: 'Mina', n: 1234567 })).toBe(
			'Mina wrote 1,234,567 stories'
		);
		expect(translator('en')('errors.rate_limited', { seconds: 30 })).toContain('30 seconds');
		// A year is a name, not a quantity.
		expect(translator('en')('mates.term.current', { year: 2026 })).toBe('Mate 2026');
		// Unknown parameters stay visible rather than vanishing.
		expect(translator('en')('errors.rate_limited', {})).toContain('{seconds}');
	});

	it('picks plural forms with the locale’s plural rules', () => {
		// A message that is not in the catalogue is used as its own template, so the syntax can be tested alone.
		const template = '{count, plural, one {# reply} other {# replies}}';
		const en = translator('en');
		expect(en(template, { count: 1 })).toBe('1 reply');
		expect(en(template, { count: 0 })).toBe('0 replies');
		expect(en(template, { count: 2 })).toBe('2 replies');
		expect(en(template, { count: 1500 })).toBe('1,500 replies');
		// Korean has one plural category: every count uses `other`.
		expect(translator('ko')('{count, plural, one {#개(단수)} other {#개}}', { count: 1 })).toBe('1개');
		expect(en('{n} new: {count, plural, one {# story} other {# stories}}', { n: 'Seoul', count: 3 })).toBe(
			'Seoul new: 3 stories'
		);
	});

	it('prefers an exact `=N` form over the plural category', () => {
		const template = '{count, plural, =0 {no replies yet} one {# reply} other {# replies}}';
		const en = translator('en');
		expect(en(template, { count: 0 })).toBe('no replies yet');
		expect(en(template, { count: 1 })).toBe('1 reply');
		expect(en(template, { count: 7 })).toBe('7 replies');
	});

	it('falls back to English, then to the key itself', () => {
		expect(translator('ko')('errors.not_found')).toBe(lookup('ko', 'errors.not_found'));
		expect(translator('ko')('no.such.key')).toBe('no.such.key');
		expect(lookup('en', 'errors')).toBeUndefined();
		expect(lookup('en', 'errors.field.required.deeper')).toBeUndefined();
	});
});

describe('negotiateLocale', () => {
	it.each([
		['ko', null, 'ko'],
		['en', 'ko-KR,ko;q=0.9', 'en'],
		['fr', 'ko-KR,ko;q=0.9', 'ko'],
		[undefined, 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
		[null, 'fr-FR, en;q=0.5', 'en'],
		[null, 'en;q=0.3, ko;q=0.7', 'ko'],
		[null, 'en;q=0, ko', 'ko'],
		[null, 'ja, zh-CN;q=0.8', 'en'],
		[null, 'KO', 'ko'],
		[null, '', 'en'],
		[null, null, 'en']
	])('choice %j with Accept-Language %j gives %s', (choice, accept, expected) => {
		expect(negotiateLocale(choice, accept)).toBe(expected);
	});

	it('knows only the shipped locales', () => {
		expect(isLocale('en')).toBe(true);
		expect(isLocale('ko')).toBe(true);
		expect(isLocale('de')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});
});

describe('formatters', () => {
	it('format dates in Seoul time and relative times per language', () => {
		const at = new Date('2026-03-01T15:30:00Z');
		expect(formatters('en').date(at)).toBe('March 2, 2026');
		expect(formatters('ko').date(at)).toBe('2026년 3월 2일');
		const now = new Date('2026-03-01T18:30:00Z');
		expect(formatters('en').relative(at, now)).toBe('3 hours ago');
		expect(formatters('ko').relative(at, now)).toBe('3시간 전');
		expect(formatters('en').relative(now, now)).toBe('now');
		expect(formatters('en').number(1234567)).toBe('1,234,567');
	});
});
