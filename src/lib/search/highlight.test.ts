import { describe, expect, it } from 'vitest';
import { highlightParts, snippetAround } from './highlight.ts';

describe('search highlighting', () => {
	it('marks every match of every term, in any script, ignoring case', () => {
		expect(highlightParts('서울시에서 열린 축제를', ['축제'])).toEqual([
			{ text: '서울시에서 열린 ', mark: false },
			{ text: '축제', mark: true },
			{ text: '를', mark: false }
		]);
		expect(
			highlightParts('Lantern Festival, lanterns', ['lantern'])
				.filter((p) => p.mark)
				.map((p) => p.text)
		).toEqual(['Lantern', 'lantern']);
	});

	it('cuts a snippet around the first match', () => {
		const text = `${'a '.repeat(100)}축제 ${'b '.repeat(100)}`;
		const s = snippetAround(text, ['축제'], 10);
		expect(s.startsWith('…')).toBe(true);
		expect(s.endsWith('…')).toBe(true);
		expect(s).toContain('축제');
	});
});
