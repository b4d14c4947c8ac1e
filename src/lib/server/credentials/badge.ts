import { crc32, inflateSync } from 'node:zlib';
import { escapeHtml } from '../content/document.ts';
import sharp from 'sharp';

/** The iTXt keyword Open Badges 3.0 bakes a credential under. */
export const bakedKeyword = 'openbadgecredential';

/** The largest badge image `/verify` reads (a baked badge of ours is some tens of kilobytes). */
export const maxBadgeBytes = 2 * 1024 * 1024;

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** True when the bytes start with the PNG signature (sniffed, never trusted from a name or type). */
export const isPng = (bytes: Uint8Array) =>
	bytes.byteLength > pngSignature.length && Buffer.from(bytes.subarray(0, 8)).equals(pngSignature);

/** The badge artwork as SVG: a round medal with the city's name, "Global Mate" and the cohort year. */
export function badgeSvg(cityEn: string, cityKo: string, year: number, size = 512): string {
	const font = "'Noto Sans', 'Noto Sans CJK KR', 'DejaVu Sans', sans-serif";
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
	<defs>
		<linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
			<stop offset="0" stop-color="#24386b"/>
			<stop offset="1" stop-color="#15203f"/>
		</linearGradient>
	</defs>
	<circle cx="256" cy="256" r="248" fill="#b08d3c"/>
	<circle cx="256" cy="256" r="232" fill="url(#g)"/>
	<circle cx="256" cy="256" r="212" fill="none" stroke="#b08d3c" stroke-width="3"/>
	<text x="256" y="150" text-anchor="middle" font-family="${font}" font-size="40" font-weight="700" letter-spacing="6" fill="#f4e7c5">${escapeHtml(cityEn.toUpperCase())}</text>
	<text x="256" y="192" text-anchor="middle" font-family="${font}" font-size="28" fill="#d9c48f">${escapeHtml(cityKo)}</text>
	<path d="M136 222 H376" stroke="#b08d3c" stroke-width="2"/>
	<text x="256" y="290" text-anchor="middle" font-family="${font}" font-size="58" font-weight="700" fill="#ffffff">Global Mate</text>
	<path d="M136 318 H376" stroke="#b08d3c" stroke-width="2"/>
	<text x="256" y="384" text-anchor="middle" font-family="${font}" font-size="52" font-weight="700" fill="#f4e7c5">${year}</text>
</svg>`;
}

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
	return Buffer.concat([head, data, crc]);
}

/**
 * Bakes a compact JWT into a PNG as Open Badges 3.0 asks: one uncompressed `iTXt` chunk keyed
 * `openbadgecredential` (empty language and translated keyword), placed before `IEND`. Any chunk of that
 * keyword already there is replaced.
 */
export function bakePng(png: Buffer, jwt: string): Buffer {
	const chunks = readChunks(png).filter((c) => !(c.type === 'iTXt' && c.keyword === bakedKeyword));
	const body = Buffer.concat([
		Buffer.from(bakedKeyword, 'latin1'),
		Buffer.from([0, 0, 0]), // keyword end, compression flag 0 (uncompressed), compression method 0
		Buffer.from([0]), // empty language tag
		Buffer.from([0]), // empty translated keyword
		Buffer.from(jwt, 'utf8')
	]);
	const out: Buffer[] = [pngSignature];
	for (const c of chunks) {
		if (c.type === 'IEND') out.push(chunk('iTXt', body));
		out.push(c.raw);
	}
	return Buffer.concat(out);
}

interface PngChunk {
	type: string;
	raw: Buffer;
	data: Buffer;
	keyword?: string;
}

/** The chunks of a PNG, each checked against its CRC; throws on a file that is not a whole PNG. */
function readChunks(png: Uint8Array): PngChunk[] {
	const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
	if (!isPng(buf)) throw new Error('Not a PNG');
	const chunks: PngChunk[] = [];
	let at = 8;
	while (at + 12 <= buf.length) {
		const length = buf.readUInt32BE(at);
		if (at + 12 + length > buf.length) throw new Error('A PNG chunk runs past the end of the file');
		const type = buf.toString('latin1', at + 4, at + 8);
		const data = buf.subarray(at + 8, at + 8 + length);
		const crc = buf.readUInt32BE(at + 8 + length);
		if (crc32(buf.subarray(at + 4, at + 8 + length)) >>> 0 !== crc) throw new Error(`Bad CRC in ${type}`);
		const c: PngChunk = { type, raw: buf.subarray(at, at + 12 + length), data };
		if (type === 'iTXt') c.keyword = data.toString('latin1', 0, Math.max(0, data.indexOf(0)));
		chunks.push(c);
		at += 12 + length;
		if (type === 'IEND') return chunks;
	}
	throw new Error('The PNG has no IEND chunk');
}

/**
 * The credential baked into a PNG: the text of its `openbadgecredential` iTXt chunk, or null when it
 * has none. Throws on a damaged file (bad CRC, cut short) or on more than one such chunk.
 */
export function extractBakedCredential(png: Uint8Array): string | null {
	const found = readChunks(png).filter((c) => c.type === 'iTXt' && c.keyword === bakedKeyword);
	if (found.length === 0) return null;
	if (found.length > 1) throw new Error('More than one baked credential');
	const data = found[0].data;
	let at = bakedKeyword.length + 1;
	const compressed = data[at] === 1;
	at += 2; // compression flag and method
	at = data.indexOf(0, at) + 1; // language tag
	if (at === 0) throw new Error('Malformed iTXt chunk');
	at = data.indexOf(0, at) + 1; // translated keyword
	if (at === 0) throw new Error('Malformed iTXt chunk');
	const text = data.subarray(at);
	return (compressed ? inflateSync(text, { maxOutputLength: 1024 * 1024 }) : text).toString('utf8').trim();
}

/** The Open Badges 3.0 namespace of the SVG element that carries a credential. */
export const svgBadgeNamespace = 'https://purl.imsglobal.org/ob/v3p0';

/**
 * Bakes a signed credential into an SVG as Open Badges 3.0 says: an `openbadges:credential` element,
 * first inside the root `svg`, whose `verify` attribute holds the compact JWT.
 */
export function bakeSvg(svg: string, jwt: string): string {
	const open = /<svg\b[^>]*>/.exec(svg);
	if (!open) throw new Error('Not an SVG');
	let tag = open[0];
	if (!tag.includes('xmlns:openbadges='))
		tag = tag.replace(/^<svg\b/, `<svg xmlns:openbadges="${svgBadgeNamespace}"`);
	const element = `<openbadges:credential verify="${escapeHtml(jwt)}"></openbadges:credential>`;
	return svg.slice(0, open.index) + tag + element + svg.slice(open.index + open[0].length);
}

/** The badge image for one cohort with the credential baked in. */
export async function bakedBadge(
	facts: { cityEn: string; cityKo: string; year: number },
	jwt: string
): Promise<Buffer> {
	const png = await sharp(Buffer.from(badgeSvg(facts.cityEn, facts.cityKo, facts.year)))
		.png({ compressionLevel: 9 })
		.toBuffer();
	return bakePng(png, jwt);
}
