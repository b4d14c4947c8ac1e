import { describe, expect, it } from 'vitest';
import { excerpt } from './document.ts';

describe('excerpt', () => {
	it('leaves a short text as it is', () => {
		expect(excerpt('Short\n\ntext', 20)).toBe('Short\n\ntext');
	});

	it('cuts a long text to the length, ellipsis included, without a trailing space', () => {
		const cut = excerpt('one two three four', 9);
		expect(cut).toBe('one two…');
		expect(cut.length).toBeLessThanOrEqual(9);
	});

	it('folds line breaks into single spaces for one-line queues', () => {
		expect(excerpt('  First line\n\nsecond   line ', 100, { oneLine: true })).toBe('First line second line');
	});
});
