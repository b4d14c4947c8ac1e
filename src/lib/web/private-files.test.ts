import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { privateFileResponse } from './private-files.ts';

const file = (name: string, inline: boolean) => ({
	name,
	contentType: inline ? 'image/jpeg' : 'application/pdf',
	size: 4,
	stream: Readable.from([Buffer.from('%PDF')]),
	inline
});

describe('privateFileResponse', () => {
	it('sends a PDF as a sandboxed download that is never cached or sniffed', async () => {
		const res = privateFileResponse(file('내 포트폴리오 "final".pdf', false));
		expect(Object.fromEntries(res.headers)).toMatchObject({
			'content-type': 'application/pdf',
			'content-length': '4',
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "sandbox; default-src 'none'",
			'referrer-policy': 'no-referrer'
		});
		const disposition = res.headers.get('content-disposition')!;
		expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
		expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('내 포트폴리오 "final".pdf');
		expect(await res.text()).toBe('%PDF');
	});

	it('lets a re-encoded image show in the browser, still sandboxed', () => {
		const res = privateFileResponse(file('photo.jpg', true));
		expect(res.headers.get('content-disposition')).toMatch(/^inline; /);
		expect(res.headers.get('content-security-policy')).toContain('sandbox');
	});
});
