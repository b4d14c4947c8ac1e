import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allKeys, locales, lookup } from '../../src/lib/i18n/index.ts';

/**
 * Every message key written as a literal in the code must exist in every catalogue: `t('…')`,
 * `t(`…`)` (a dynamic tail must at least match some key), `labelKey: '…'`-style properties and any
 * `'errors.field.*'` string. A key that is missing fails here, not in front of a reader.
 */
const root = join(import.meta.dirname, '../../src');
const namespaces = new Set(allKeys('en').map((k) => k.split('.')[0]));

interface KeyUse {
	file: string;
	line: number;
	key: string;
	/** A prefix from a template literal with `${…}`: some key must start with it. */
	prefix: boolean;
}

function findKeyUses(source: string, file: string): KeyUse[] {
	const uses: KeyUse[] = [];
	const lineOf = (index: number) => source.slice(0, index).split('\n').length;
	const add = (index: number, key: string, prefix = false) =>
		uses.push({ file, line: lineOf(index), key, prefix });
	for (const m of source.matchAll(/\bt\(\s*(['"])([^'"\n]+)\1/g)) add(m.index, m[2]);
	for (const m of source.matchAll(/\bt\(\s*`([^`]*)`/g)) {
		const dynamic = m[1].indexOf('${');
		if (dynamic === -1) add(m.index, m[1]);
		else if (dynamic > 0) add(m.index, m[1].slice(0, dynamic), true);
	}
	for (const m of source.matchAll(/\b\w*[kK]ey\s*:\s*(['"])([a-z][\w-]*(?:\.[\w-]+)+)\1/g)) {
		if (namespaces.has(m[2].split('.')[0])) add(m.index, m[2]);
	}
	for (const m of source.matchAll(/(['"`])(errors\.field\.[\w-]+)\1/g)) add(m.index, m[2]);
	const seen = new Set<string>();
	return uses.filter((u) => !seen.has(`${u.line}:${u.key}`) && !!seen.add(`${u.line}:${u.key}`));
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return full.endsWith(join('i18n', 'messages')) ? [] : sourceFiles(full);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
	});
}

function missing(uses: KeyUse[]): string[] {
	const problems: string[] = [];
	for (const locale of locales) {
		const keys = allKeys(locale);
		for (const use of uses) {
			const ok = use.prefix ? keys.some((k) => k.startsWith(use.key)) : lookup(locale, use.key) !== undefined;
			if (!ok)
				problems.push(
					`${use.file}:${use.line} ${use.prefix ? 'no key starts with' : 'missing key'} "${use.key}" in ${locale}`
				);
		}
	}
	return problems;
}

describe('message keys used in the code', () => {
	const uses = sourceFiles(root).flatMap((file) =>
		findKeyUses(readFileSync(file, 'utf8'), relative(root, file))
	);

	it('exist in every catalogue', () => {
		expect(missing(uses)).toEqual([]);
	});

	it('are found by the scan (it reads the files it should)', () => {
		const found = new Set(uses.map((u) => u.key));
		expect(found).toContain('errors.field.passwordMismatch'); // zod messages in accounts/schemas.ts
		expect(found).toContain('console.nav.staff'); // labelKey in staff/policy.ts
		expect(found).toContain('email.footer'); // t('…') in accounts/emails.ts
		expect(uses.some((u) => u.file.endsWith('.svelte'))).toBe(true);
		expect(uses.length).toBeGreaterThan(50);
	});

	it('report a missing key with its file and line', () => {
		const sample = [
			"const a = t('auth.signIn.title');",
			"const b = t('auth.signIn.nope');",
			'const c = t(`console.roles.${role}`);',
			'const d = t(`nowhere.${x}`);',
			"nav.push({ labelKey: 'console.nav.gone' });",
			"const e = { key: 'errors.field.madeUp' };",
			"const f = { key: 'demo.credentials' };"
		].join('\n');
		expect(missing(findKeyUses(sample, 'sample.ts')).filter((p) => p.endsWith(' in en'))).toEqual([
			'sample.ts:2 missing key "auth.signIn.nope" in en',
			'sample.ts:4 no key starts with "nowhere." in en',
			'sample.ts:5 missing key "console.nav.gone" in en',
			'sample.ts:6 missing key "errors.field.madeUp" in en'
		]);
	});
});
