import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/**
 * Real image files made at test time (no fixtures checked in): a camera-like JPEG with GPS EXIF, and
 * hostile files that uploads must refuse.
 */
export async function photoWithGps(width = 640, height = 480): Promise<Buffer> {
	return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 90, b: 40 } } })
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
		})
		.toBuffer();
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
