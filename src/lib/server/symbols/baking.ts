import { crc32 } from 'node:zlib';

/** The Open Badges 3.0 keyword of the PNG chunk that carries a credential. */
export const pngCredentialKeyword = 'openbadgecredential';
/** The Open Badges 3.0 namespace of the SVG element that carries a credential. */
export const svgBadgeNamespace = 'https://purl.imsglobal.org/ob/v3p0';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typeAndData));
	return Buffer.concat([length, typeAndData, crc]);
}

/** Every chunk of a PNG, in order, or null when the bytes are not a well-formed PNG. */
function chunksOf(png: Buffer) {
	if (png.length < 8 || !png.subarray(0, 8).equals(pngSignature)) return null;
	const chunks: { type: string; data: Buffer; start: number; end: number }[] = [];
	for (let at = 8; at < png.length;) {
		if (at + 12 > png.length) return null;
		const length = png.readUInt32BE(at);
		const end = at + 12 + length;
		if (end > png.length) return null;
		chunks.push({
			type: png.toString('latin1', at + 4, at + 8),
			data: png.subarray(at + 8, at + 8 + length),
			start: at,
			end
		});
		at = end;
	}
	return chunks.at(-1)?.type === 'IEND' ? chunks : null;
}

/**
 * Bakes a signed credential into a PNG as Open Badges 3.0 says: one uncompressed `iTXt` chunk keyed
 * `openbadgecredential`, placed before `IEND`, replacing any credential already baked in.
 */
export function bakePng(png: Buffer, jwt: string): Buffer {
	const chunks = chunksOf(png);
	if (!chunks) throw new Error('Not a PNG');
	// keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0, text
	const data = Buffer.concat([
		Buffer.from(`${pngCredentialKeyword}\0\0\0\0\0`, 'latin1'),
		Buffer.from(jwt, 'utf8')
	]);
	const kept = chunks.filter((c) => !(c.type === 'iTXt' && isCredentialChunk(c.data)));
	const parts: Buffer[] = [pngSignature];
	for (const c of kept) {
		if (c.type === 'IEND') parts.push(chunk('iTXt', data));
		parts.push(png.subarray(c.start, c.end));
	}
	return Buffer.concat(parts);
}

const isCredentialChunk = (data: Buffer) =>
	data.subarray(0, pngCredentialKeyword.length + 1).toString('latin1') === `${pngCredentialKeyword}\0`;

/** The credential baked into a PNG (the text of its `openbadgecredential` chunk), or null. */
export function unbakePng(png: Buffer): string | null {
	const found = chunksOf(png)?.find((c) => c.type === 'iTXt' && isCredentialChunk(c.data));
	if (!found) return null;
	const afterKeyword = pngCredentialKeyword.length + 1;
	if (found.data[afterKeyword] !== 0) return null; // compressed text is not how badges are baked
	let at = afterKeyword + 2;
	at = found.data.indexOf(0, at) + 1; // language tag
	at = found.data.indexOf(0, at) + 1; // translated keyword
	if (at <= 0) return null;
	return found.data.subarray(at).toString('utf8');
}

const attributeSafe = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

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
	const element = `<openbadges:credential verify="${attributeSafe(jwt)}"></openbadges:credential>`;
	return svg.slice(0, open.index) + tag + element + svg.slice(open.index + open[0].length);
}
