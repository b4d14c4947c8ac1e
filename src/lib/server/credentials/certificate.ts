import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { translator } from '../../i18n/index.ts';
import { isRightToLeft, type FontBook, type FontFace } from './fonts.ts';

/** What the PDF certificate shows; everything but the names and the signature comes from the credential. */
export interface CertificateFacts {
	/** The certificate number printed on it (`GM-2026-0007`). */
	number: string;
	nameLatin: string;
	/** The name in the Mate's own script; not printed again when it is the Latin name. */
	nameNative: string | null;
	/** The Mate's country (ISO 3166-1 alpha-2), which picks the regional form of Han characters. */
	country: string | null;
	year: number;
	/** The term as Seoul calendar days (`2026-05-01`). */
	termStart: string;
	termEnd: string;
	issuedAt: Date;
	issuerName: string;
	cityEn: string;
	cityKo: string;
	verifyUrl: string;
	/** The administrator's signature image (PNG) and who signs; null draws the default seal. */
	signature: { image: Buffer | null; name: string; title: string } | null;
}

const en = translator('en');
const ko = translator('ko');

/** A4 landscape in points, and the palette. */
const width = 841.89;
const height = 595.28;
const navy = '#1d2b4f';
const gold = '#b08d3c';
const muted = '#4b5563';
const seal = '#b42318';

const day = (iso: string, locale: 'en' | 'ko') =>
	new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${iso}T00:00:00Z`));

const seoulDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(d);

/**
 * Draws the PDF certificate: A4 landscape, bilingual (English and Korean), the Mate's name in Latin
 * letters and in their own script with a font that covers it, the cohort, term and certificate number,
 * the issuer and a signature (or a plain seal), and a QR code to the verification page.
 */
export async function renderCertificate(facts: CertificateFacts, fonts: FontBook): Promise<Buffer> {
	const base = fonts.base();
	const native =
		facts.nameNative && facts.nameNative.trim() !== facts.nameLatin.trim()
			? { text: facts.nameNative.trim(), face: fonts.forName(facts.nameNative.trim(), facts.country) }
			: null;
	const qr = QRCode.create(facts.verifyUrl, { errorCorrectionLevel: 'M' });

	const doc = new PDFDocument({
		size: 'A4',
		layout: 'landscape',
		margin: 0,
		// No standard font: every glyph comes from an embedded font (and no AFM file is read).
		font: null as unknown as string,
		lang: 'en',
		displayTitle: true,
		info: {
			Title: `${en('credentials.certificate.title')} — ${facts.nameLatin}`,
			Author: facts.issuerName,
			Subject: `${en('credentials.certificate.cohort', { year: facts.year })} · ${facts.number}`,
			Keywords: facts.verifyUrl,
			CreationDate: facts.issuedAt
		}
	});
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const finished = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	const register = (f: FontFace) => {
		doc.registerFont(f.name, f.bytes, f.postscriptName as string);
		return f.name;
	};
	const korean = register(base.korean);
	const koreanBold = register(base.koreanBold);
	const latin = register(base.latin);
	const latinBold = register(base.latinBold);

	/** One line centred on the page between `left` and `right`, shrunk to fit. */
	const centred = (
		text: string,
		font: string,
		size: number,
		y: number,
		opts: { color?: string; left?: number; right?: number; rtl?: boolean } = {}
	) => {
		const left = opts.left ?? 0;
		const span = (opts.right ?? width) - left;
		doc.font(font).fillColor(opts.color ?? navy);
		let s = size;
		doc.fontSize(s);
		while (doc.widthOfString(text) > span - 120 && s > 10) doc.fontSize((s -= 1));
		if (opts.rtl) {
			// pdfkit shapes each word right to left but knows no bidi: place the words from the right.
			const words = text.split(/\s+/).filter(Boolean);
			const gap = doc.widthOfString(' ');
			const total = words.reduce((w, word) => w + doc.widthOfString(word), 0) + gap * (words.length - 1);
			let x = left + (span + total) / 2;
			for (const word of words) {
				x -= doc.widthOfString(word);
				doc.text(word, x, y, { lineBreak: false });
				x -= gap;
			}
			return;
		}
		const w = doc.widthOfString(text);
		doc.text(text, left + (span - w) / 2, y, { lineBreak: false });
	};

	// Frame: a navy border and a thin gold line inside it.
	doc
		.rect(18, 18, width - 36, height - 36)
		.lineWidth(3)
		.strokeColor(navy)
		.stroke();
	doc
		.rect(28, 28, width - 56, height - 56)
		.lineWidth(0.8)
		.strokeColor(gold)
		.stroke();

	centred(`${facts.issuerName}`, latin, 11, 52, { color: muted });
	centred(en('credentials.certificate.title'), latinBold, 30, 78);
	centred(ko('credentials.certificate.title'), koreanBold, 18, 118, { color: gold });
	centred(
		`${en('credentials.certificate.certifies')} · ${ko('credentials.certificate.certifies')}`,
		korean,
		11,
		156,
		{
			color: muted
		}
	);

	centred(facts.nameLatin, latinBold, 34, 180);
	let y = 226;
	if (native?.face) {
		centred(native.text, register(native.face), 24, y, { rtl: isRightToLeft(native.text) });
		y += 40;
	} else {
		y += 8;
	}

	const cohortEn = en('credentials.certificate.served', { city: facts.cityEn, year: facts.year });
	const cohortKo = ko('credentials.certificate.served', { city: facts.cityKo, year: facts.year });
	centred(cohortEn, latin, 14, y);
	centred(cohortKo, korean, 12, y + 22);
	const termEn = en('credentials.certificate.term', {
		from: day(facts.termStart, 'en'),
		to: day(facts.termEnd, 'en')
	});
	const termKo = ko('credentials.certificate.term', {
		from: day(facts.termStart, 'ko'),
		to: day(facts.termEnd, 'ko')
	});
	centred(termEn, latin, 11, y + 50, { color: muted });
	centred(termKo, korean, 10, y + 66, { color: muted });

	// Bottom left: the certificate number and the day it was issued.
	const bottom = height - 150;
	doc.font(korean).fontSize(9).fillColor(muted);
	doc.text(
		`${en('credentials.certificate.number')} · ${ko('credentials.certificate.number')}`,
		64,
		bottom + 40
	);
	doc
		.font(latinBold)
		.fontSize(13)
		.fillColor(navy)
		.text(facts.number, 64, bottom + 54);
	doc.font(korean).fontSize(9).fillColor(muted);
	doc.text(
		`${en('credentials.certificate.issued')} · ${ko('credentials.certificate.issued')}`,
		64,
		bottom + 78
	);
	const issued = seoulDay(facts.issuedAt);
	// The English day in the Latin serif, the Korean one in the Korean face (the serif has no Hangul).
	const issuedEn = `${day(issued, 'en')} · `;
	doc
		.font(latin)
		.fontSize(11)
		.fillColor(navy)
		.text(issuedEn, 64, bottom + 92, { lineBreak: false });
	const afterEn = 64 + doc.widthOfString(issuedEn);
	doc.font(korean).text(day(issued, 'ko'), afterEn, bottom + 92, { lineBreak: false });

	// Bottom centre: the signature (the administrator's image, or a plain seal), a line, who signs.
	const sigLeft = width / 2 - 120;
	const sigTop = bottom + 4;
	if (facts.signature?.image) {
		doc.image(facts.signature.image, sigLeft + 20, sigTop, {
			fit: [200, 64],
			align: 'center',
			valign: 'bottom'
		});
	} else {
		drawSeal(doc, width / 2, sigTop + 32, facts.cityKo, korean);
	}
	doc
		.moveTo(sigLeft, sigTop + 72)
		.lineTo(sigLeft + 240, sigTop + 72)
		.lineWidth(0.6)
		.strokeColor(navy)
		.stroke();
	let sy = sigTop + 78;
	if (facts.signature?.name) {
		centred(facts.signature.name, korean, 11, sy, { left: sigLeft - 60, right: sigLeft + 300 });
		sy += 15;
	}
	if (facts.signature?.title) {
		centred(facts.signature.title, korean, 9, sy, { color: muted, left: sigLeft - 60, right: sigLeft + 300 });
		sy += 13;
	}
	centred(facts.issuerName, korean, 9, sy, { color: muted, left: sigLeft - 60, right: sigLeft + 300 });

	// Bottom right: the QR code to the verification page, and the address in words.
	const qrSize = 96;
	const qrLeft = width - 64 - qrSize;
	const qrTop = bottom - 6;
	drawQr(doc, qr.modules, qrLeft, qrTop, qrSize);
	doc.link(qrLeft, qrTop, qrSize, qrSize, facts.verifyUrl);
	doc.font(korean).fontSize(8).fillColor(muted);
	const verifyLabel = `${en('credentials.certificate.verify')} · ${ko('credentials.certificate.verify')}`;
	doc.text(verifyLabel, width - 64 - 220, qrTop + qrSize + 6, {
		width: 220,
		align: 'right',
		lineBreak: false
	});
	doc.font(latin).fontSize(6.5).fillColor(navy);
	doc.text(facts.verifyUrl, width - 64 - 260, qrTop + qrSize + 18, {
		width: 260,
		align: 'right',
		lineBreak: false,
		link: facts.verifyUrl
	});

	doc.end();
	return finished;
}

/** The QR code as filled squares (vector, so it prints sharp at any size), with its quiet zone left white. */
function drawQr(
	doc: PDFKit.PDFDocument,
	modules: { size: number; get(row: number, col: number): number | boolean },
	left: number,
	top: number,
	size: number
) {
	const quiet = 4;
	const cell = size / (modules.size + quiet * 2);
	doc.rect(left, top, size, size).fillColor('#ffffff').fill();
	doc.fillColor('#000000');
	for (let r = 0; r < modules.size; r++)
		for (let c = 0; c < modules.size; c++)
			if (modules.get(r, c)) doc.rect(left + (c + quiet) * cell, top + (r + quiet) * cell, cell, cell);
	doc.fill();
}

/** The default when no signature image is set: a round red seal with the city's name, as on paper. */
function drawSeal(doc: PDFKit.PDFDocument, cx: number, cy: number, city: string, font: string) {
	doc.circle(cx, cy, 30).lineWidth(2.2).strokeColor(seal).stroke();
	doc.circle(cx, cy, 25.5).lineWidth(0.7).strokeColor(seal).stroke();
	doc.font(font).fillColor(seal);
	let size = 13;
	doc.fontSize(size);
	while (doc.widthOfString(city) > 40 && size > 6) doc.fontSize((size -= 1));
	doc.text(city, cx - doc.widthOfString(city) / 2, cy - size * 0.65, { lineBreak: false });
}
