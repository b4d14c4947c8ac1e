import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { alpha2FromNumeric } from '../core/countries.ts';

const width = 960;
const height = 460;

/** Country outlines projected once per process: the map changes colour, never shape. */
let shapes: { code: string | undefined; d: string }[] | null = null;

function countryShapes() {
	if (shapes) return shapes;
	const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
	const collection = feature(topology, topology.objects.countries) as unknown as {
		features: Feature<Geometry, { name: string }>[];
	};
	const inhabited = collection.features.filter((f) => f.properties.name !== 'Antarctica');
	const projection = geoNaturalEarth1().fitExtent(
		[
			[4, 4],
			[width - 4, height - 4]
		],
		{ type: 'FeatureCollection', features: inhabited }
	);
	const path = geoPath(projection).digits(1);
	shapes = inhabited.map((f) => ({
		code: f.id === undefined ? undefined : alpha2FromNumeric(String(f.id)),
		d: path(f) ?? ''
	}));
	return shapes;
}

/** Darker for more Mates; the legend on the page uses the same steps. */
export const mapSteps = [
	{ from: 0, fill: '#e6e8ec' },
	{ from: 1, fill: '#b9d4f1' },
	{ from: 2, fill: '#79aee6' },
	{ from: 5, fill: '#3a7fce' },
	{ from: 10, fill: '#1b4f91' }
];

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A world map as SVG, each country shaded by how many Mates live there and titled with its name and
 * count. Plain shapes and attributes only (no script, no style), so it is safe under any CSP.
 */
export function worldMapSvg(
	counts: Map<string, number>,
	label: (code: string, mates: number) => string,
	title: string
) {
	const fillFor = (n: number) => [...mapSteps].reverse().find((s) => n >= s.from)!.fill;
	const paths = countryShapes()
		.map(({ code, d }) => {
			const n = code ? (counts.get(code) ?? 0) : 0;
			const name = code && n > 0 ? `<title>${escapeXml(label(code, n))}</title>` : '';
			return `<path d="${d}" fill="${fillFor(n)}">${name}</path>`;
		})
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">` +
		`<title>${escapeXml(title)}</title><g stroke="#ffffff" stroke-width="0.5">${paths}</g></svg>`
	);
}
