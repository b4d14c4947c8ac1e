import { describe, expect, it } from 'vitest';
import { flagOf, languageName, regionName } from './regions.ts';

describe('country and language names', () => {
	it('names codes in the reader’s language, the same on every ask', () => {
		expect(regionName('ko')('FR')).toBe('프랑스');
		expect(regionName('ko')('FR')).toBe('프랑스');
		expect(regionName('en')('KR')).toBe('South Korea');
		expect(languageName('en')('ko')).toBe('Korean');
		expect(languageName('ko')('en')).toBe('영어');
		expect(flagOf('kr')).toBe('🇰🇷');
	});

	it('gives back a code it cannot name instead of failing the page', () => {
		expect(regionName('en')('not a code')).toBe('not a code');
		expect(languageName('en')('!!')).toBe('!!');
	});
});
