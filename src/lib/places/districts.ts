import type { Locale } from '../i18n/index.ts';

/**
 * The city's districts, for tagging stories (and later routing civic reports). Seoul's 25 gu, from
 * ../shared/data/seoul-districts.json; another city replaces this list.
 */
export const districts = [
	{ code: 'jongno', en: 'Jongno-gu', ko: '종로구' },
	{ code: 'jung', en: 'Jung-gu', ko: '중구' },
	{ code: 'yongsan', en: 'Yongsan-gu', ko: '용산구' },
	{ code: 'seongdong', en: 'Seongdong-gu', ko: '성동구' },
	{ code: 'gwangjin', en: 'Gwangjin-gu', ko: '광진구' },
	{ code: 'dongdaemun', en: 'Dongdaemun-gu', ko: '동대문구' },
	{ code: 'jungnang', en: 'Jungnang-gu', ko: '중랑구' },
	{ code: 'seongbuk', en: 'Seongbuk-gu', ko: '성북구' },
	{ code: 'gangbuk', en: 'Gangbuk-gu', ko: '강북구' },
	{ code: 'dobong', en: 'Dobong-gu', ko: '도봉구' },
	{ code: 'nowon', en: 'Nowon-gu', ko: '노원구' },
	{ code: 'eunpyeong', en: 'Eunpyeong-gu', ko: '은평구' },
	{ code: 'seodaemun', en: 'Seodaemun-gu', ko: '서대문구' },
	{ code: 'mapo', en: 'Mapo-gu', ko: '마포구' },
	{ code: 'yangcheon', en: 'Yangcheon-gu', ko: '양천구' },
	{ code: 'gangseo', en: 'Gangseo-gu', ko: '강서구' },
	{ code: 'guro', en: 'Guro-gu', ko: '구로구' },
	{ code: 'geumcheon', en: 'Geumcheon-gu', ko: '금천구' },
	{ code: 'yeongdeungpo', en: 'Yeongdeungpo-gu', ko: '영등포구' },
	{ code: 'dongjak', en: 'Dongjak-gu', ko: '동작구' },
	{ code: 'gwanak', en: 'Gwanak-gu', ko: '관악구' },
	{ code: 'seocho', en: 'Seocho-gu', ko: '서초구' },
	{ code: 'gangnam', en: 'Gangnam-gu', ko: '강남구' },
	{ code: 'songpa', en: 'Songpa-gu', ko: '송파구' },
	{ code: 'gangdong', en: 'Gangdong-gu', ko: '강동구' }
] as const;

export type DistrictCode = (typeof districts)[number]['code'];

export const districtCodes: readonly string[] = districts.map((d) => d.code);

type District = (typeof districts)[number];
const nameIn = (d: District, locale: Locale): string => (locale === 'ko' ? d.ko : d.en);

/** A district's name in the reader's language; a code no longer in the list is shown as it is. */
export function districtName(code: string, locale: Locale): string {
	const d = districts.find((x) => x.code === code);
	return d ? nameIn(d, locale) : code;
}

/** The districts as choices for a form or a filter, named in the reader's language. */
export function districtOptions(locale: Locale): { value: string; label: string }[] {
	return districts.map((d) => ({ value: d.code, label: nameIn(d, locale) }));
}
