import type { Locale } from './index.ts';

type Formatters = ReturnType<typeof makeFormatters>;
const made = new Map<string, Formatters>();

/**
 * Locale-aware formatting through Intl, so dates and numbers read naturally in each language. Intl
 * objects are costly to build and every page renders dates: one set per language and time zone.
 */
export function formatters(locale: Locale, timeZone = 'Asia/Seoul'): Formatters {
	const key = `${locale} ${timeZone}`;
	let f = made.get(key);
	if (!f) made.set(key, (f = makeFormatters(locale, timeZone)));
	return f;
}

function makeFormatters(locale: Locale, timeZone: string) {
	const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
	const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
	const number = new Intl.NumberFormat(locale);
	const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	const units: [Intl.RelativeTimeFormatUnit, number][] = [
		['year', 31_536_000],
		['month', 2_592_000],
		['week', 604_800],
		['day', 86_400],
		['hour', 3_600],
		['minute', 60],
		['second', 1]
	];
	return {
		dateTime: (d: Date | string) => dateTime.format(new Date(d)),
		date: (d: Date | string) => date.format(new Date(d)),
		number: (n: number) => number.format(n),
		/** "3 hours ago" / "3시간 전", relative to `now`. */
		relative: (d: Date | string, now: Date = new Date()) => {
			const seconds = Math.round((new Date(d).getTime() - now.getTime()) / 1000);
			for (const [unit, size] of units) {
				if (Math.abs(seconds) >= size || unit === 'second')
					return relative.format(Math.round(seconds / size), unit);
			}
			return relative.format(0, 'second');
		}
	};
}
