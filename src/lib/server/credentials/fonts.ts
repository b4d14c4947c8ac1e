import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * Where Debian puts the Noto fonts the PDF certificate embeds: `fonts-noto-cjk` (Korean labels and
 * Hangul, Han and Kana names; its fonts also cover Latin, Greek and Cyrillic) and `fonts-noto-core`
 * (the Latin serif and one font per other script: Arabic, Hebrew, Devanagari, Thai, …). DejaVu
 * (`fonts-dejavu-core`) is the last fallback for a name.
 */
export const defaultFontDirs = [
	'/usr/share/fonts/opentype/noto',
	'/usr/share/fonts/truetype/noto',
	'/usr/share/fonts/truetype/dejavu'
];

/** A font file as pdfkit takes it: the bytes, and for a collection (.ttc) the face's PostScript name. */
export interface FontFace {
	/** A stable name for pdfkit's `registerFont`. */
	name: string;
	path: string;
	/** The face inside a TrueType collection; undefined for a single-font file. */
	postscriptName?: string;
	bytes: Buffer;
}

/** Why a certificate cannot be drawn: the fonts it needs are not on this machine. */
export class CertificateFontsMissing extends Error {
	constructor(dirs: string[]) {
		super(
			`PDF certificates need the Noto CJK fonts (Debian package fonts-noto-cjk) in ${dirs.join(' or ')}: install it with apt-get install fonts-noto-cjk fonts-noto-core`
		);
		this.name = 'CertificateFontsMissing';
	}
}

/** The CJK faces by regional variant; the Korean one sets the labels, the others suit names. */
const cjkVariants = { KR: 'kr', JP: 'jp', SC: 'sc', TC: 'tc', HK: 'hk' } as const;
type CjkVariant = keyof typeof cjkVariants;

/** Scripts that are not Latin, Greek, Cyrillic or CJK, each set with its Noto font (serif first). */
const otherScripts = [
	'Arabic',
	'Hebrew',
	'Devanagari',
	'Bengali',
	'Gurmukhi',
	'Gujarati',
	'Oriya',
	'Tamil',
	'Telugu',
	'Kannada',
	'Malayalam',
	'Sinhala',
	'Thai',
	'Lao',
	'Khmer',
	'Myanmar',
	'Tibetan',
	'Georgian',
	'Armenian',
	'Ethiopic',
	'Mongolian',
	'Thaana',
	'Syriac'
] as const;
const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thaana}\p{Script=Syriac}\p{Script=Nko}]/u;

/** Text in a right-to-left script is laid out word by word from the right (pdfkit has no bidi). */
export const isRightToLeft = (text: string) => rightToLeft.test(text);
const cjkScript =
	/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The regional CJK face for a name: Kana means Japanese; otherwise the holder's country decides. */
export function cjkVariantFor(text: string, country?: string | null): CjkVariant {
	if (kana.test(text)) return 'JP';
	switch ((country ?? '').toUpperCase()) {
		case 'JP':
			return 'JP';
		case 'CN':
		case 'SG':
			return 'SC';
		case 'TW':
			return 'TC';
		case 'HK':
		case 'MO':
			return 'HK';
		default:
			return 'KR';
	}
}

/**
 * Finds the fonts on this machine once per process and keeps their bytes (a CJK collection is about
 * 25 MB; reading it for every certificate would cost more than drawing it).
 */
export function createFontBook(dirs: string[] = defaultFontDirs) {
	const faces = new Map<string, FontFace | null>();
	const coverage = new Map<string, fontkit.Font>();

	const find = (file: string) => dirs.map((d) => join(d, file)).find((p) => existsSync(p)) ?? null;

	/** One face by file name (and PostScript name inside a collection), or null when it is not installed. */
	const face = (file: string, postscriptName?: string): FontFace | null => {
		const key = `${file}#${postscriptName ?? ''}`;
		if (faces.has(key)) return faces.get(key)!;
		const path = find(file);
		let found: FontFace | null = null;
		if (path) {
			const bytes = readFileSync(path);
			try {
				const font = fontkit.create(bytes, postscriptName) as fontkit.Font;
				if (typeof font.hasGlyphForCodePoint !== 'function') throw new Error('not a single face');
				coverage.set(key, font);
				found = { name: key, path, postscriptName, bytes };
			} catch {
				found = null;
			}
		}
		faces.set(key, found);
		return found;
	};

	const covers = (f: FontFace, text: string) => {
		const font = coverage.get(f.name)!;
		for (const ch of text) {
			const cp = ch.codePointAt(0)!;
			if (/\s/u.test(ch) || /\p{Cf}/u.test(ch)) continue;
			if (!font.hasGlyphForCodePoint(cp)) return false;
		}
		return true;
	};

	const cjk = (variant: CjkVariant, weight: 'Regular' | 'Bold', style: 'Serif' | 'Sans') =>
		face(`Noto${style}CJK-${weight}.ttc`, `Noto${style}CJK${cjkVariants[variant]}-${weight}`);

	const book = {
		/**
		 * The faces every certificate uses: Korean (with Latin) for the labels, regular and bold, and a
		 * Latin serif for the Latin name (Noto Serif, else the CJK face). Throws when no CJK face is installed.
		 */
		base() {
			const korean = cjk('KR', 'Regular', 'Serif') ?? cjk('KR', 'Regular', 'Sans');
			const koreanBold = cjk('KR', 'Bold', 'Serif') ?? cjk('KR', 'Bold', 'Sans') ?? korean;
			if (!korean || !koreanBold) throw new CertificateFontsMissing(dirs);
			const latin = face('NotoSerif-Regular.ttf') ?? korean;
			const latinBold = face('NotoSerif-Bold.ttf') ?? koreanBold;
			return { korean, koreanBold, latin, latinBold };
		},

		/**
		 * A face that has a glyph for every letter of `text` (a Mate's name in their own script), chosen by
		 * the script it is written in, or null when none installed covers it (the certificate then shows
		 * the Latin name alone).
		 */
		forName(text: string, country?: string | null): FontFace | null {
			const base = book.base();
			const candidates: (FontFace | null)[] = [];
			if (cjkScript.test(text)) {
				const variant = cjkVariantFor(text, country);
				candidates.push(cjk(variant, 'Regular', 'Serif'), cjk(variant, 'Regular', 'Sans'), base.korean);
			}
			for (const script of otherScripts) {
				if (!new RegExp(`\\p{Script=${script}}`, 'u').test(text)) continue;
				if (script === 'Arabic') candidates.push(face('NotoNaskhArabic-Regular.ttf'));
				candidates.push(face(`NotoSerif${script}-Regular.ttf`), face(`NotoSans${script}-Regular.ttf`));
			}
			candidates.push(base.latin, base.korean, face('DejaVuSerif.ttf'), face('DejaVuSans.ttf'));
			return candidates.find((c): c is FontFace => !!c && covers(c, text)) ?? null;
		}
	};
	return book;
}

export type FontBook = ReturnType<typeof createFontBook>;
