import { Parser } from 'htmlparser2';

/** Elements that can run code or pull in other documents; a symbol needs none of them. */
const refusedElements = new Set([
	'script',
	'foreignobject',
	'iframe',
	'object',
	'embed',
	'audio',
	'video',
	'handler',
	'listener'
]);

const safeReference = (value: string) => {
	const v = value.trim().toLowerCase();
	return v.startsWith('#') || /^data:image\/(png|jpeg|webp|gif);base64,/.test(v);
};

/**
 * Whether an uploaded SVG is plain artwork: an `svg` root, no scripts, event handlers, external
 * references, embedded documents or DTDs. Symbols are shown on other people's sites and served from the
 * city's own origin, so anything active is refused rather than cleaned.
 */
export function isPlainSvg(svg: string): boolean {
	if (/<!DOCTYPE|<!ENTITY/i.test(svg)) return false;
	let root: string | null = null;
	let safe = true;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const tag = name.toLowerCase();
				root ??= tag;
				if (refusedElements.has(tag.replace(/^.*:/, ''))) safe = false;
				for (const [key, value] of Object.entries(attributes)) {
					const attr = key.toLowerCase();
					if (attr.startsWith('on')) safe = false;
					if ((attr === 'href' || attr.endsWith(':href') || attr === 'src') && !safeReference(value))
						safe = false;
					if (/url\(\s*['"]?(?!#)/i.test(value) || /javascript:/i.test(value)) safe = false;
				}
			},
			ontext(text) {
				// Style sheets may not import or point outside the document either.
				if (/@import|url\(\s*['"]?(?!#)/i.test(text)) safe = false;
			},
			onprocessinginstruction(name) {
				if (!/^\?xml$/i.test(name)) safe = false;
			}
		},
		{ xmlMode: true }
	);
	parser.write(svg);
	parser.end();
	return safe && root === 'svg';
}
