import sharp from 'sharp';

/**
 * DEMO DATA: illustrations drawn at seed time (SVG rendered by sharp), so the demo has pictures
 * without downloading or shipping any: simple Seoul scenes, each labelled "DEMO IMAGE" in a corner.
 * The label is drawn with strokes, not a font, so it looks the same on a server with no fonts.
 */
export type DemoScene = 'lanterns' | 'temple-lanterns' | 'hanok' | 'namsan' | 'market' | 'palace';

export interface DemoPicture {
	scene: DemoScene;
	/** Varies the random details (stars, windows, leaves, fruit) between pictures of one scene. */
	seed: number;
	/** Time of day, for the scenes that have one. */
	time?: 'day' | 'dusk' | 'night';
	/** The palace scene over a pond that reflects it; the market scene selling spices instead of fruit. */
	variant?: 'pond' | 'spices';
}

export const demoPictureSize = { width: 1600, height: 1067 };
const W = demoPictureSize.width;
const H = demoPictureSize.height;

/** The picture as a JPEG (quality 88, no metadata), ready to upload as a person would. */
export async function drawDemoPicture(p: DemoPicture): Promise<Buffer> {
	return sharp(Buffer.from(demoPictureSvg(p)))
		.jpeg({ quality: 88 })
		.toBuffer();
}

/** The SVG source of a picture, label included. */
export function demoPictureSvg(p: DemoPicture): string {
	const random = mulberry32(p.seed);
	const body = scenes[p.scene](random, p);
	const label = labelSvg('DEMO IMAGE', 3.5);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}<g transform="translate(${W - label.width - 28} ${H - label.height - 28})">${label.svg}</g></svg>`;
}

/** A transparent PNG of the label alone (the demo video wears it too). */
export async function demoLabelPng(text: string, scale = 3): Promise<Buffer> {
	const { svg, width, height } = labelSvg(text, scale);
	return sharp(
		Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${svg}</svg>`)
	)
		.png()
		.toBuffer();
}

// Letters on a 4 × 6 grid, drawn as strokes (only the ones the labels use).
const glyphs: Record<string, string> = {
	A: 'M0 6L2 0L4 6M0.7 4H3.3',
	D: 'M0 0V6H2.2Q4 6 4 4.2V1.8Q4 0 2.2 0Z',
	E: 'M4 0H0V6H4M0 3H3',
	G: 'M4 1Q3.5 0 2 0Q0 0 0 3Q0 6 2 6Q4 6 4 4V3.3H2.4',
	I: 'M1 0H3M2 0V6M1 6H3',
	M: 'M0 6V0L2 3.6L4 0V6',
	O: 'M2 0Q4 0 4 3Q4 6 2 6Q0 6 0 3Q0 0 2 0Z',
	V: 'M0 0L2 6L4 0',
	' ': ''
};

function labelSvg(text: string, scale: number) {
	const pad = 4;
	const advance = 5.6;
	const width = Math.round((text.length * advance - 1.6 + pad * 2) * scale);
	const height = Math.round((6 + pad * 2) * scale);
	const letters = [...text]
		.map((c, i) => `<path transform="translate(${pad + i * advance} ${pad})" d="${glyphs[c] ?? ''}"/>`)
		.join('');
	return {
		width,
		height,
		svg: `<rect width="${width}" height="${height}" rx="${2.5 * scale}" fill="#111" fill-opacity="0.62"/><g transform="scale(${scale})" fill="none" stroke="#fff" stroke-width="0.7" stroke-linecap="round" stroke-linejoin="round">${letters}</g>`
	};
}

type Random = () => number;

/** A small seeded generator, so a picture is the same every time it is drawn. */
function mulberry32(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const r1 = (n: number) => Math.round(n * 10) / 10;

function linear(id: string, stops: string[], x2 = 0, y2 = 1) {
	const s = stops.map((c, i) => `<stop offset="${i / (stops.length - 1)}" stop-color="${c}"/>`).join('');
	return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient>`;
}

function glow(id: string, color: string) {
	return `<radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="0.75"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`;
}

const skies = {
	day: ['#6fa8dc', '#a9cdef', '#e9f2f9'],
	dusk: ['#1f2356', '#5b3e8a', '#e0698f', '#ffb56b'],
	night: ['#070b22', '#141a45', '#2e2a5e']
};

function sky(time: 'day' | 'dusk' | 'night', horizon: number) {
	return `<defs>${linear('sky', skies[time])}</defs><rect width="${W}" height="${horizon}" fill="url(#sky)"/>`;
}

function stars(random: Random, count: number, maxY: number) {
	let out = '';
	for (let i = 0; i < count; i++)
		out += `<circle cx="${r1(random() * W)}" cy="${r1(random() * maxY)}" r="${r1(0.8 + random() * 1.6)}" fill="#fff" opacity="${r1(0.3 + random() * 0.7)}"/>`;
	return out;
}

/** A row of city buildings with some windows lit. */
function skyline(random: Random, base: number, maxHeight: number, color: string, lit: number) {
	let out = '';
	for (let x = -20; x < W;) {
		const w = 50 + random() * 110;
		const h = maxHeight * (0.35 + random() * 0.65);
		out += `<rect x="${r1(x)}" y="${r1(base - h)}" width="${r1(w)}" height="${r1(h + 2)}" fill="${color}"/>`;
		for (let wy = base - h + 14; wy < base - 12; wy += 22)
			for (let wx = x + 10; wx < x + w - 14; wx += 18)
				if (random() < lit)
					out += `<rect x="${r1(wx)}" y="${r1(wy)}" width="8" height="11" fill="#ffd98a" opacity="0.85"/>`;
		x += w + 4 + random() * 20;
	}
	return out;
}

/** A hanok roof: a curved eave line rising at both ends, a ridge, and rows of tiles. */
function roof(id: string, cx: number, y: number, w: number, h: number, color: string, tiles: string) {
	const l = cx - w / 2;
	const r = cx + w / 2;
	const d = `M${l} ${y - h * 0.2}Q${l + w * 0.06} ${y} ${cx - w * 0.4} ${y}H${cx + w * 0.4}Q${r - w * 0.06} ${y} ${r} ${y - h * 0.2}L${cx + w * 0.3} ${y - h}H${cx - w * 0.3}Z`;
	let lines = '';
	for (let x = l; x <= r; x += Math.max(9, w / 60)) lines += `M${r1(x)} ${y - h}V${y + 4}`;
	return `<clipPath id="${id}"><path d="${d}"/></clipPath><path d="${d}" fill="${color}"/><path clip-path="url(#${id})" d="${lines}" stroke="${tiles}" stroke-width="3"/><path d="M${cx - w * 0.33} ${y - h - 8}Q${cx} ${y - h + 4} ${cx + w * 0.33} ${y - h - 8}" stroke="${color}" stroke-width="${Math.max(8, h * 0.14)}" stroke-linecap="round" fill="none"/>`;
}

/** A hanok or palace hall: roof, beams painted in dancheong colours, pillars and a wall. */
function hall(
	id: string,
	cx: number,
	y: number,
	w: number,
	h: number,
	tone: { roof: string; tiles: string }
) {
	const bodyTop = y - h * 0.05;
	const bodyW = w * 0.7;
	const left = cx - bodyW / 2;
	let pillars = '';
	const n = Math.max(3, Math.round(bodyW / 110));
	for (let i = 0; i <= n; i++)
		pillars += `<rect x="${r1(left + (bodyW - 14) * (i / n))}" y="${r1(bodyTop)}" width="14" height="${r1(h * 0.62)}" fill="#9b2226"/>`;
	return `<rect x="${r1(left)}" y="${r1(bodyTop)}" width="${r1(bodyW)}" height="${r1(h * 0.62)}" fill="#efe4cf"/><rect x="${r1(left)}" y="${r1(bodyTop)}" width="${r1(bodyW)}" height="${r1(h * 0.12)}" fill="#2a6f4e"/><rect x="${r1(left)}" y="${r1(bodyTop + h * 0.12)}" width="${r1(bodyW)}" height="5" fill="#e9c46a"/>${pillars}${roof(id, cx, y, w, h * 0.55, tone.roof, tone.tiles)}`;
}

function lantern(x: number, y: number, color: string, size: number, glowId: string) {
	const rx = size * 0.42;
	const ry = size * 0.55;
	return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(size * 1.6)}" fill="url(#${glowId})"/><line x1="${r1(x)}" y1="${r1(y - ry - 16)}" x2="${r1(x)}" y2="${r1(y - ry)}" stroke="#222" stroke-width="2"/><ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(rx)}" ry="${r1(ry)}" fill="${color}"/><ellipse cx="${r1(x - rx * 0.25)}" cy="${r1(y - ry * 0.2)}" rx="${r1(rx * 0.35)}" ry="${r1(ry * 0.5)}" fill="#fff" opacity="0.35"/><rect x="${r1(x - rx * 0.6)}" y="${r1(y - ry - 3)}" width="${r1(rx * 1.2)}" height="7" fill="#3b2a1a"/><rect x="${r1(x - rx * 0.6)}" y="${r1(y + ry - 4)}" width="${r1(rx * 1.2)}" height="7" fill="#3b2a1a"/><line x1="${r1(x)}" y1="${r1(y + ry + 3)}" x2="${r1(x)}" y2="${r1(y + ry + size * 0.5)}" stroke="${color}" stroke-width="3"/>`;
}

const lanternColors = ['#e63946', '#f4a261', '#ffd166', '#2a9d8f', '#4cc9f0', '#f72585', '#80ed99'];
const glows = () => `<defs>${lanternColors.map((c, i) => glow(`g${i}`, c)).join('')}</defs>`;
const glowOf = (c: string) => `g${lanternColors.indexOf(c)}`;

/** Lanterns on a string over a stream at night, reflected in the water (Cheonggyecheon). */
function lanterns(random: Random, p: DemoPicture) {
	const water = 720;
	let out = sky(p.time ?? 'night', water) + glows() + stars(random, 90, 380);
	out += skyline(random, 560, 260, '#10142e', 0.12);
	out += `<defs>${linear('wall', ['#4a4f66', '#2b2f43'])}${linear('water', ['#1b2552', '#070b1f'])}</defs>`;
	out += `<rect y="560" width="${W}" height="${water - 560}" fill="url(#wall)"/>`;
	for (let y = 560; y < water; y += 32)
		for (let x = (y / 32) % 2 ? -40 : 0; x < W; x += 80)
			out += `<rect x="${x}" y="${y}" width="78" height="30" fill="none" stroke="#23263a" stroke-width="2"/>`;
	out += `<rect y="${water}" width="${W}" height="${H - water}" fill="url(#water)"/>`;
	const [y0, yMid, y1] = [300 + random() * 60, 560 + random() * 80, 280 + random() * 60];
	out += `<path d="M-20 ${y0 + 20}Q800 ${yMid + 20} 1620 ${y1 + 20}" stroke="#6b6f85" stroke-width="3" fill="none"/>`;
	const count = 9 + Math.floor(random() * 4);
	for (let i = 0; i < count; i++) {
		const t = (i + 0.6) / count;
		const x = (1 - t) ** 2 * -20 + 2 * (1 - t) * t * 800 + t ** 2 * 1620;
		const y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * yMid + t ** 2 * y1 + 40;
		const color = pick(random, lanternColors);
		const ry = water + (water - y) * 0.55;
		out += `<ellipse cx="${r1(x)}" cy="${r1(ry)}" rx="34" ry="90" fill="url(#${glowOf(color)})"/>`;
		out += lantern(x, y, color, 70 + random() * 20, glowOf(color));
	}
	for (let i = 0; i < 70; i++) {
		const y = water + 10 + random() * (H - water - 20);
		const x = random() * W;
		out += `<line x1="${r1(x)}" y1="${r1(y)}" x2="${r1(x + 30 + random() * 90)}" y2="${r1(y)}" stroke="#9fb4ff" stroke-width="2" opacity="${r1(0.08 + random() * 0.2)}"/>`;
	}
	return out;
}

/** A canopy of lotus lanterns over a temple courtyard, each with its paper wish tag (Jogyesa). */
function templeLanterns(random: Random, p: DemoPicture) {
	const time = p.time ?? 'dusk';
	let out = sky(time, H) + glows();
	if (time === 'night') out += stars(random, 50, 300);
	out += hall('temple', 800, 820, 1500, 560, { roof: '#2f3340', tiles: '#454a5c' });
	out += `<rect y="960" width="${W}" height="${H - 960}" fill="#b9ad98"/><rect y="960" width="${W}" height="10" fill="#8d8270"/>`;
	for (let row = 0; row < 6; row++) {
		const size = 30 + row * 9;
		const y = 90 + row * 85;
		const sag = 18 + row * 4;
		out += `<path d="M-10 ${y - 30}Q800 ${y - 30 + sag * 2} 1610 ${y - 30}" stroke="#222" stroke-width="1.5" fill="none"/>`;
		for (let x = (row % 2) * size * 0.9 + 20; x < W; x += size * 1.9) {
			const color = pick(random, lanternColors);
			const t = x / W;
			const ly = y + 4 * sag * t * (1 - t);
			out += `<circle cx="${r1(x)}" cy="${r1(ly)}" r="${r1(size * 1.3)}" fill="url(#${glowOf(color)})" opacity="${time === 'day' ? 0.3 : 0.8}"/>`;
			out += `<circle cx="${r1(x)}" cy="${r1(ly)}" r="${r1(size * 0.62)}" fill="${color}"/><circle cx="${r1(x - size * 0.18)}" cy="${r1(ly - size * 0.2)}" r="${r1(size * 0.2)}" fill="#fff" opacity="0.35"/>`;
			out += `<rect x="${r1(x - size * 0.12)}" y="${r1(ly + size * 0.62)}" width="${r1(size * 0.24)}" height="${r1(size * 0.55)}" fill="#f8f4e8"/>`;
		}
	}
	return out;
}

/** Tiled hanok roofs stepping down a hill towards the city, with the tower on the far ridge (Bukchon). */
function hanok(random: Random, p: DemoPicture) {
	const time = p.time ?? 'day';
	let out = sky(time, H);
	out += `<path d="M0 560Q300 470 620 530T1250 500T1600 540V700H0Z" fill="${time === 'day' ? '#9db3c8' : '#4d3f6e'}"/>`;
	out += `<rect x="1196" y="330" width="10" height="180" fill="${time === 'day' ? '#8599ad' : '#3a2f55'}"/><rect x="1180" y="320" width="42" height="26" rx="8" fill="${time === 'day' ? '#8599ad' : '#3a2f55'}"/>`;
	out += skyline(random, 640, 110, time === 'day' ? '#b4c3d3' : '#3b3158', time === 'day' ? 0 : 0.2);
	out += `<path d="M0 640Q800 600 1600 650V${H}H0Z" fill="${time === 'day' ? '#7d8a62' : '#3e3552'}"/>`;
	const tones = [
		{ roof: '#5a5f6d', tiles: '#6d7282', wall: '#efe6d8' },
		{ roof: '#474b58', tiles: '#5a5f6e', wall: '#e8dcc6' },
		{ roof: '#363944', tiles: '#484c59', wall: '#e2d3b8' },
		{ roof: '#282a33', tiles: '#3a3d48', wall: '#d9c7a7' }
	];
	tones.forEach((tone, row) => {
		const y = 700 + row * 125;
		const h = 70 + row * 22;
		for (let x = -100 + random() * 120; x < W + 100; x += 330 + row * 60 + random() * 80) {
			const w = 300 + row * 70 + random() * 60;
			out += `<rect x="${r1(x - w * 0.3)}" y="${r1(y - 6)}" width="${r1(w * 0.6)}" height="${r1(h * 1.6)}" fill="${tone.wall}"/>`;
			for (let k = 0; k <= 4; k++)
				out += `<rect x="${r1(x - w * 0.3 + k * (w * 0.6 - 10) * 0.25)}" y="${r1(y)}" width="10" height="${r1(h * 1.6)}" fill="#7a4b2a"/>`;
			out += `<rect x="${r1(x - w * 0.3)}" y="${r1(y + h * 0.5)}" width="${r1(w * 0.6)}" height="8" fill="#7a4b2a"/>`;
			out += roof(`r${row}-${Math.round(x)}`, x, y, w, h, tone.roof, tone.tiles);
		}
	});
	return out;
}

/** The tower on Namsan at dusk above the city's lights. */
function namsan(random: Random, p: DemoPicture) {
	const time = p.time ?? 'dusk';
	let out = sky(time, H) + `<defs>${glow('sun', '#fff1c1')}</defs>`;
	if (time !== 'day') out += stars(random, time === 'night' ? 80 : 25, 300);
	out += `<circle cx="${r1(300 + random() * 300)}" cy="640" r="260" fill="url(#sun)"/>`;
	const peak = 560;
	out += `<path d="M-20 820Q300 700 600 640Q850 ${peak - 30} 1100 630Q1400 690 1620 780V${H}H-20Z" fill="#2d2447"/>`;
	for (let i = 0; i < 60; i++) {
		const x = 200 + random() * 1200;
		const y = 650 + Math.abs(x - 850) * 0.12 + random() * 30;
		out += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(14 + random() * 12)}" fill="#261e3d"/>`;
	}
	out += `<path d="M836 ${peak}L846 280H854L864 ${peak}Z" fill="#1b1530"/><rect x="810" y="240" width="80" height="44" rx="14" fill="#1b1530"/><rect x="822" y="216" width="56" height="28" rx="8" fill="#1b1530"/><rect x="846" y="110" width="8" height="110" fill="#1b1530"/><circle cx="850" cy="108" r="6" fill="#ff4d4d"/>`;
	for (let x = 818; x < 884; x += 12) out += `<rect x="${x}" y="258" width="6" height="6" fill="#ffd98a"/>`;
	out += skyline(random, H + 4, 300, '#141028', 0.22);
	return out;
}

/** A market stall under a striped awning: crates of fruit, or bowls and sacks of spices. */
function market(random: Random, p: DemoPicture) {
	const night = p.time === 'night';
	let out = `<defs>${linear('bg', night ? ['#1b1424', '#2e2233'] : ['#f6e7cf', '#e6caa0'])}${glow('bulb', '#ffe2a0')}</defs><rect width="${W}" height="${H}" fill="url(#bg)"/>`;
	for (let x = 0; x < W; x += 200)
		out += `<rect x="${x}" y="0" width="14" height="260" fill="${night ? '#120c18' : '#c9a97c'}"/>`;
	const stripes = night ? ['#c1121f', '#fdf0d5'] : ['#e76f51', '#fefae0'];
	for (let i = 0; i < 16; i++)
		out += `<path d="M${i * 100} 230L${i * 100 + 100} 230L${i * 100 + 110} 380L${i * 100 - 10} 380Z" fill="${stripes[i % 2]}"/>`;
	for (let i = 0; i < 16; i++)
		out += `<circle cx="${i * 100 + 50}" cy="380" r="50" fill="${stripes[i % 2]}"/>`;
	for (let i = 0; i < 5; i++) {
		const x = 160 + i * 320;
		out += `<line x1="${x}" y1="430" x2="${x}" y2="470" stroke="#333" stroke-width="3"/><circle cx="${x}" cy="480" r="${night ? 140 : 70}" fill="url(#bulb)"/><circle cx="${x}" cy="480" r="14" fill="#fff3cf"/>`;
	}
	out += `<rect y="860" width="${W}" height="${H - 860}" fill="#6b4226"/><rect y="850" width="${W}" height="22" fill="#8a5a36"/>`;
	const goods =
		p.variant === 'spices'
			? ['#c0392b', '#e67e22', '#f1c40f', '#8e5a2b', '#d35400', '#7b241c']
			: ['#d62828', '#f77f00', '#fcbf49', '#6a994e', '#9d0208', '#e85d04'];
	for (let i = 0; i < 6; i++) {
		const x = 40 + i * 262;
		const color = goods[i];
		if (p.variant === 'spices') {
			out += `<path d="M${x} 860Q${x + 115} 560 ${x + 230} 860Z" fill="${color}"/><ellipse cx="${x + 115}" cy="862" rx="125" ry="24" fill="#d8c3a5"/>`;
			out += `<rect x="${x + 70}" y="790" width="90" height="50" rx="6" fill="#fdf6e3" opacity="0.9"/>`;
			continue;
		}
		out += `<rect x="${x}" y="700" width="230" height="160" fill="#a47148"/>`;
		for (let s = 0; s < 3; s++)
			out += `<rect x="${x}" y="${715 + s * 50}" width="230" height="8" fill="#7f5539"/>`;
		for (let row = 0; row < 4; row++)
			for (let k = 0; k < 5 - row; k++) {
				const cx = x + 40 + row * 19 + k * 38 + random() * 4;
				const cy = 690 - row * 30 + random() * 4;
				out += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="21" fill="${color}"/><circle cx="${r1(cx - 6)}" cy="${r1(cy - 7)}" r="6" fill="#fff" opacity="0.35"/>`;
			}
		out += `<rect x="${x + 150}" y="600" width="70" height="44" rx="4" fill="#fffdf5"/><path d="M${x + 160} 616H${x + 208}M${x + 160} 630H${x + 192}" stroke="#444" stroke-width="4"/>`;
	}
	return out;
}

/** A palace hall among autumn trees, over a pond that mirrors it or on its stone courtyard. */
function palace(random: Random, p: DemoPicture) {
	const time = p.time ?? 'day';
	const pond = p.variant === 'pond';
	const ground = pond ? 700 : 860;
	let scene = sky(time, ground);
	scene += `<path d="M0 ${ground - 240}Q250 ${ground - 420} 520 ${ground - 300}T1050 ${ground - 330}T1600 ${ground - 260}V${ground}H0Z" fill="#6d8a7d"/>`;
	scene += `<rect x="380" y="${ground - 40}" width="840" height="40" fill="#cfc6b6"/>`;
	scene += hall('palace', 800, ground - 170, 900, 420, { roof: '#3a3d47', tiles: '#50545f' });
	const leaves = ['#d00000', '#e85d04', '#f48c06', '#ffba08', '#dc2f02', '#9d0208'];
	for (const side of [0, 1])
		for (let t = 0; t < 3; t++) {
			const cx = side ? 1330 + t * 110 : 90 + t * 110;
			const cy = ground - 260 - random() * 60;
			scene += `<rect x="${r1(cx - 10)}" y="${r1(cy)}" width="20" height="${r1(ground - cy)}" fill="#4a2e1f"/>`;
			for (let i = 0; i < 26; i++)
				scene += `<circle cx="${r1(cx + (random() - 0.5) * 220)}" cy="${r1(cy - 40 + (random() - 0.5) * 200)}" r="${r1(34 + random() * 30)}" fill="${pick(random, leaves)}" opacity="0.92"/>`;
		}
	let out = `<g id="scene">${scene}</g>`;
	if (pond) {
		out += `<defs>${linear('pond', ['#3e6680', '#1d3547'])}</defs><rect y="${ground}" width="${W}" height="${H - ground}" fill="url(#pond)"/>`;
		out += `<use href="#scene" transform="translate(0 ${2 * ground}) scale(1 -1)" opacity="0.35"/>`;
		for (let i = 0; i < 40; i++)
			out += `<ellipse cx="${r1(random() * W)}" cy="${r1(ground + 20 + random() * (H - ground - 40))}" rx="${r1(40 + random() * 80)}" ry="2" fill="#cfe3ef" opacity="0.25"/>`;
	} else {
		out += `<rect y="${ground}" width="${W}" height="${H - ground}" fill="#d8cfbf"/>`;
		for (let y = ground + 30; y < H; y += 45)
			out += `<path d="M0 ${y}H${W}" stroke="#bfb5a3" stroke-width="2"/>`;
	}
	for (let i = 0; i < 30; i++) {
		const [x, y] = [r1(random() * W), r1(200 + random() * (H - 260))];
		out += `<ellipse cx="${x}" cy="${y}" rx="9" ry="4" fill="${pick(random, leaves)}" transform="rotate(${Math.round(random() * 180)} ${x} ${y})"/>`;
	}
	return out;
}

const scenes: Record<DemoScene, (random: Random, p: DemoPicture) => string> = {
	lanterns,
	'temple-lanterns': templeLanterns,
	hanok,
	namsan,
	market,
	palace
};
