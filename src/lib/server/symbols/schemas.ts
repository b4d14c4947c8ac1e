import { z } from 'zod';
import { pngSizes } from './artwork.ts';
import { symbolNames } from './schema.ts';

/** `emblem.png` in a per-Mate symbol address. */
export const symbolFileInput = z
	.string()
	.regex(/^(emblem|wordmark)\.(svg|png)$/)
	.transform((file) => {
		const [symbol, format] = file.split('.') as [(typeof symbolNames)[number], 'svg' | 'png'];
		return { symbol, format };
	});

export const symbolNameInput = z.enum(symbolNames);

/** A download: `svg`, or a PNG width such as `512`. */
export const downloadFormatInput = z.union([
	z.literal('svg'),
	z.coerce
		.number()
		.int()
		.refine((n): n is (typeof pngSizes)[number] => (pngSizes as readonly number[]).includes(n))
]);
