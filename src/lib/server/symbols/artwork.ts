import sharp from 'sharp';
import { escapeHtml } from '../content/document.ts';
import type { SymbolName } from './schema.ts';

/** The PNG sizes a Mate can download, in pixels across. */
export const pngSizes = [128, 256, 512, 1024] as const;
export type PngSize = (typeof pngSizes)[number];

/**
 * The built-in designs a new installation ships with, until an administrator uploads the city's own:
 * a round emblem and a wide wordmark, drawn in the city's name so they are right for any city.
 */
export function placeholderSvg(symbol: SymbolName, cityName: string): string {
	const city = escapeHtml(cityName.toUpperCase());
	if (symbol === 'emblem')
		return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512"><title>Global ${escapeHtml(cityName)} Mate</title><circle cx="256" cy="256" r="248" fill="#0b4f8a"/><circle cx="256" cy="256" r="212" fill="none" stroke="#ffffff" stroke-width="10"/><path d="M256 120 L292 206 L384 210 L312 268 L338 358 L256 306 L174 358 L200 268 L128 210 L220 206 Z" fill="#f2b705"/><text x="256" y="420" font-family="DejaVu Sans, Arial, sans-serif" font-size="44" font-weight="700" fill="#ffffff" text-anchor="middle">GLOBAL MATE</text><text x="256" y="100" font-family="DejaVu Sans, Arial, sans-serif" font-size="36" font-weight="700" fill="#ffffff" text-anchor="middle">${city}</text></svg>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="256" viewBox="0 0 1024 256"><title>Global ${escapeHtml(cityName)} Mate</title><rect x="4" y="4" width="1016" height="248" rx="124" fill="#ffffff" stroke="#0b4f8a" stroke-width="8"/><circle cx="128" cy="128" r="92" fill="#0b4f8a"/><path d="M128 62 L146 106 L194 108 L156 138 L170 186 L128 158 L86 186 L100 138 L62 108 L110 106 Z" fill="#f2b705"/><text x="250" y="118" font-family="DejaVu Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="#0b4f8a">GLOBAL MATE</text><text x="252" y="190" font-family="DejaVu Sans, Arial, sans-serif" font-size="48" fill="#333333">${city}</text></svg>`;
}

/** The neutral image a former Mate's symbol address shows once their term ended or was revoked. */
export function formerMateSvg(cityName: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512"><title>Former Global ${escapeHtml(cityName)} Mate</title><circle cx="256" cy="256" r="248" fill="#e5e5e5"/><circle cx="256" cy="256" r="212" fill="none" stroke="#9a9a9a" stroke-width="6"/><text x="256" y="250" font-family="DejaVu Sans, Arial, sans-serif" font-size="52" font-weight="700" fill="#555555" text-anchor="middle">FORMER</text><text x="256" y="312" font-family="DejaVu Sans, Arial, sans-serif" font-size="52" font-weight="700" fill="#555555" text-anchor="middle">MATE</text></svg>`;
}

/** A PNG of the artwork at `width` pixels across, keeping its proportions, transparent around. */
export async function renderPng(svg: string, width: number): Promise<Buffer> {
	return sharp(Buffer.from(svg), { density: 300 })
		.resize({ width, fit: 'inside' })
		.png({ compressionLevel: 9 })
		.toBuffer();
}

/** The administrator's PNG at `width` pixels across (drawn for print, shown small). */
export async function resizePng(png: Buffer, width: number): Promise<Buffer> {
	return sharp(png).resize({ width, fit: 'inside' }).png({ compressionLevel: 9 }).toBuffer();
}
