import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/**
 * Real image files made at test time (no fixtures checked in): a camera-like JPEG with GPS EXIF (and
 * an EXIF orientation when given: 6 is a phone held upright), and hostile files that uploads must refuse.
 */
export async function photoWithGps(width = 640, height = 480, orientation?: number): Promise<Buffer> {
	const photo = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 90, b: 40 } } })
		.composite([
			{
				input: await sharp({
					create: { width: width / 4, height: height / 4, channels: 3, background: { r: 20, g: 60, b: 160 } }
				})
					.png()
					.toBuffer(),
				top: height / 4,
				left: width / 2
			}
		])
		.jpeg()
		.withExif({
			IFD0: { Make: 'TestCam', Model: 'GPS 1', Copyright: 'test' },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '37/1 33/1 59/1',
				GPSLongitudeRef: 'E',
				GPSLongitude: '126/1 58/1 41/1'
			}
		});
	return (orientation ? photo.withMetadata({ orientation }) : photo).toBuffer();
}

/** A PNG whose header claims 30,000 × 30,000 pixels (900 megapixels) with almost no data behind it. */
export function pixelBombPng(side = 30_000): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const out = Buffer.alloc(8 + data.length + 4);
		out.writeUInt32BE(data.length, 0);
		body.copy(out, 4);
		out.writeUInt32BE(crc32(body), 8 + data.length);
		return out;
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(side, 0);
	ihdr.writeUInt32BE(side, 4);
	ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
		chunk('IEND', Buffer.alloc(0))
	]);
}

export const phpAsJpeg = Buffer.from('<?php system($_GET["c"]); ?>\n');
export const svgWithScript = Buffer.from(
	'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><circle r="5"/></svg>'
);

/**
 * A HEIC (HEVC in HEIF, as iPhones store photos) made from JPEGs by libheif's heif-enc with its x265
 * encoder: the first is the primary image, any others further top-level images. The JPEG's EXIF (GPS
 * included) is carried into the HEIC.
 */
export async function heicFrom(...jpegs: Buffer[]): Promise<Buffer> {
	const dir = await mkdtemp(join(tmpdir(), 'sotong-test-heic-'));
	try {
		const inputs = jpegs.map((_, i) => join(dir, `in-${i}.jpg`));
		await Promise.all(jpegs.map((jpeg, i) => writeFile(inputs[i], jpeg)));
		await promisify(execFile)('heif-enc', ['-e', 'x265', '-q', '80', '-o', join(dir, 'out.heic'), ...inputs]);
		return await readFile(join(dir, 'out.heic'));
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/** The boxes of an ISO BMFF (HEIF) file this helper edits, by path ("meta/iprp/ipco"), at their offsets. */
function heifBoxes(file: Buffer) {
	const boxes = new Map<string, { at: number; size: number; children: string[] }>();
	const walk = (from: number, to: number, parent: string) => {
		for (let at = from; at < to;) {
			const size = file.readUInt32BE(at);
			const path = (parent ? parent + '/' : '') + file.toString('latin1', at + 4, at + 8);
			boxes.set(path, { at, size, children: [] });
			boxes.get(parent)?.children.push(path);
			if (path === 'meta') walk(at + 12, at + size, path); // a full box: version and flags first
			if (path === 'meta/iprp' || path === 'meta/iprp/ipco') walk(at + 8, at + size, path);
			at += size;
		}
	};
	boxes.set('', { at: 0, size: file.length, children: [] });
	walk(0, file.length, '');
	const box = (path: string) => {
		const found = boxes.get(path);
		if (!found) throw new Error(`no ${path} box`);
		return found;
	};
	return box;
}

/** A HEIF whose header (the primary image's ispe property) claims another size than its picture has. */
export function heifClaimingSize(heif: Buffer, width: number, height: number): Buffer {
	const out = Buffer.from(heif);
	const ispe = heifBoxes(out)('meta/iprp/ipco/ispe');
	out.writeUInt32BE(width, ispe.at + 12);
	out.writeUInt32BE(height, ispe.at + 16);
	return out;
}

/**
 * A HEIF turned by its container, as iPhones do: an irot property (`quarterTurns` × 90° anticlockwise)
 * added to the primary image. The pixels stay as they were; a reader must apply the turn.
 */
export function heifTurned(heif: Buffer, quarterTurns: 1 | 2 | 3): Buffer {
	const box = heifBoxes(heif);
	const [meta, iprp, ipco, ipma, iloc, pitm] = [
		'meta',
		'meta/iprp',
		'meta/iprp/ipco',
		'meta/iprp/ipma',
		'meta/iloc',
		'meta/pitm'
	].map(box);
	const primary = heif.readUInt16BE(pitm.at + 12);
	const irotIndex = ipco.children.length + 1;

	// ipma (version 0, 1-byte associations): find the primary item's entry to add the property to.
	if (heif[ipma.at + 8] !== 0 || (heif.readUInt32BE(ipma.at + 8) & 1) !== 0)
		throw new Error('unexpected ipma');
	let at = ipma.at + 16;
	let entryEnd = -1;
	for (let n = heif.readUInt32BE(ipma.at + 12); n > 0; n--) {
		const item = heif.readUInt16BE(at);
		const count = heif[at + 2];
		if (item === primary) {
			entryEnd = at + 3 + count;
			break;
		}
		at += 3 + count;
	}
	if (entryEnd < 0) throw new Error('the primary item has no properties');
	const countAt = at + 2;

	const irot = Buffer.from([0, 0, 0, 9, ...Buffer.from('irot'), quarterTurns]);
	const added = irot.length + 1;
	const ipcoEnd = ipco.at + ipco.size;
	const out = Buffer.concat([
		heif.subarray(0, ipcoEnd),
		irot,
		heif.subarray(ipcoEnd, entryEnd),
		Buffer.from([0x80 | irotIndex]), // essential
		heif.subarray(entryEnd)
	]);
	for (const grown of [meta, iprp]) out.writeUInt32BE(grown.size + added, grown.at);
	out.writeUInt32BE(ipco.size + irot.length, ipco.at);
	out.writeUInt32BE(ipma.size + 1, ipma.at + irot.length);
	out[countAt + irot.length] += 1;

	// iloc points into mdat by file offsets, and mdat moved by what was added.
	if (iloc.at > ipco.at) throw new Error('iloc after iprp');
	const version = out[iloc.at + 8];
	const sizes = out[iloc.at + 12];
	const [offsetSize, lengthSize, baseSize] = [sizes >> 4, sizes & 15, out[iloc.at + 13] >> 4];
	const indexSize = version > 0 ? out[iloc.at + 13] & 15 : 0;
	const shift = (pos: number, size: number) => {
		if (size === 4) out.writeUInt32BE(out.readUInt32BE(pos) + added, pos);
		else if (size === 8) out.writeBigUInt64BE(out.readBigUInt64BE(pos) + BigInt(added), pos);
	};
	let p = iloc.at + 14;
	const items = version < 2 ? out.readUInt16BE(p) : out.readUInt32BE(p);
	p += version < 2 ? 2 : 4;
	for (let i = 0; i < items; i++) {
		p += version < 2 ? 2 : 4; // item id
		const fromFile = version === 0 || (out.readUInt16BE(p) & 15) === 0;
		if (version > 0) p += 2; // construction method
		p += 2; // data reference index
		if (fromFile && baseSize > 0) shift(p, baseSize);
		p += baseSize;
		const extents = out.readUInt16BE(p);
		p += 2;
		for (let e = 0; e < extents; e++) {
			p += indexSize;
			if (fromFile && baseSize === 0) shift(p, offsetSize);
			p += offsetSize + lengthSize;
		}
	}
	return out;
}
