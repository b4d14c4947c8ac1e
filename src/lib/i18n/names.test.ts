import { describe, expect, it } from 'vitest';
import { districtName, districtOptions } from '../places/districts.ts';
import { localName } from './names.ts';

describe('names in the reader’s language', () => {
	it('picks the Korean or the English name of something named in both', () => {
		const category = { nameEn: 'Announcements', nameKo: '공지사항' };
		expect(localName('ko', category)).toBe('공지사항');
		expect(localName('en', category)).toBe('Announcements');
	});

	it('names a district, and shows a code no longer in the list as it is', () => {
		expect(districtName('jongno', 'ko')).toBe('종로구');
		expect(districtName('jongno', 'en')).toBe('Jongno-gu');
		expect(districtName('atlantis', 'ko')).toBe('atlantis');
	});

	it('lists every district as a choice', () => {
		const options = districtOptions('ko');
		expect(options).toHaveLength(25);
		expect(options[0]).toEqual({ value: 'jongno', label: '종로구' });
	});
});
