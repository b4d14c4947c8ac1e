import { describe, expect, it } from 'vitest';
import { renderDocument, storyDocument, type StoryDocument } from '../content/document.ts';
import { allHandlesIn, handlesIn, linkMentions } from './mentions.ts';
import { unsubscribeTokens } from './tokens.ts';
import { nextRun } from './digest.ts';

const doc = (...texts: string[]): StoryDocument => ({
	type: 'doc',
	content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))
});

describe('mentions in a post', () => {
	it('finds @handles in any script, not in email addresses, not twice', () => {
		expect(
			handlesIn(doc('Hi @Maria-Gonzalez, and @김-민준! Write to me@example.com or @maria-gonzalez.'))
		).toEqual(['maria-gonzalez', '김-민준']);
		expect(handlesIn(doc('@ alone, a@b, (@kenji-watanabe)'))).toEqual(['kenji-watanabe']);
	});

	it('links known handles (quotes too, never counted there), keeps other marks, and passes the allow-list', () => {
		const quoted: StoryDocument = {
			type: 'doc',
			content: [
				{
					type: 'blockquote',
					content: [{ type: 'paragraph', content: [{ type: 'text', text: '@ana said' }] }]
				},
				{
					type: 'paragraph',
					content: [{ type: 'text', text: 'thanks @ana and @bo!', marks: [{ type: 'bold' }] }]
				}
			]
		};
		expect(handlesIn(quoted)).toEqual(['ana', 'bo']);
		expect(allHandlesIn(quoted)).toEqual(['ana', 'bo']);
		const linked = linkMentions(quoted, new Set(['ana']));
		expect(storyDocument.safeParse(linked).success).toBe(true);
		expect(renderDocument(linked)).toBe(
			'<blockquote><p><a class="mention" href="/mates/ana">@ana</a> said</p></blockquote>\n' +
				'<p><strong>thanks </strong><a class="mention" href="/mates/ana"><strong>@ana</strong></a><strong> and @bo!</strong></p>'
		);
		// A mention mark the editor sent for someone unknown is dropped.
		const forged: StoryDocument = doc('x');
		forged.content[0].content![0].marks = [{ type: 'mention', attrs: { handle: 'x' } }];
		expect(linkMentions(forged, new Set()).content[0].content![0].marks).toBeUndefined();
		const bad = {
			type: 'doc',
			content: [
				{
					type: 'paragraph',
					content: [
						{ type: 'text', text: 'x', marks: [{ type: 'mention', attrs: { handle: '"><script>' } }] }
					]
				}
			]
		};
		expect(storyDocument.safeParse(bad).success).toBe(false);
	});
});

describe('unsubscribe tokens', () => {
	const tokens = unsubscribeTokens('a-test-secret-that-is-long-enough-0123');
	it('name the person and the scope, and refuse anything altered or signed with another secret', () => {
		const token = tokens.tokenFor('user-1', 'digest');
		expect(tokens.read(token)).toEqual({ userId: 'user-1', scope: 'digest' });
		expect(tokens.read(token.replace('digest', 'instant'))).toBeNull();
		expect(
			tokens.read(tokens.tokenFor('user-2', 'digest').split('.')[0] + token.slice(token.indexOf('.')))
		).toBeNull();
		expect(unsubscribeTokens('another-secret-that-is-long-enough-999').read(token)).toBeNull();
		expect(tokens.read('garbage')).toBeNull();
	});
});

describe('digest schedule', () => {
	it('runs daily at the hour and weekly on Sundays (UTC)', () => {
		const from = new Date('2026-09-02T10:00:00Z'); // a Wednesday
		expect(nextRun('daily', from, 23).toISOString()).toBe('2026-09-02T23:00:00.000Z');
		expect(nextRun('daily', new Date('2026-09-02T23:00:00Z'), 23).toISOString()).toBe(
			'2026-09-03T23:00:00.000Z'
		);
		expect(nextRun('weekly', from, 23).toISOString()).toBe('2026-09-06T23:00:00.000Z');
	});
});
