import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { negotiateLocale } from '../../i18n/index.ts';
import { createLogger } from './logger.ts';
import { databaseBroadcast, pagesChannel, sharedPageInvalidation } from './page-broadcast.ts';
import { PageCache } from './page-cache.ts';

const page = (html: string, tags: string[]) => ({
	status: 200,
	headers: [['etag', `"${html.length}"`]] as [string, string][],
	body: new TextEncoder().encode(html),
	tags
});
const get = (url: string) => ({ method: 'GET', url, headers: {} });

/** Waits for a notification to arrive (they are asynchronous), up to five seconds. */
async function until(check: () => boolean) {
	for (let waited = 0; waited < 5_000 && !check(); waited += 20) await new Promise((r) => setTimeout(r, 20));
	return check();
}

let t: TestApp;
beforeAll(async () => {
	t = await createTestApp();
});
afterAll(async () => {
	await t?.close();
});

/** Two "processes": each its own page cache and its own listening connection, one database. */
async function twoProcesses() {
	const logger = createLogger('silent');
	const make = async () => {
		const cache = new PageCache({ negotiate: negotiateLocale });
		const pages = sharedPageInvalidation(cache, databaseBroadcast(t.app.handle), logger);
		await pages.start();
		return { cache, pages };
	};
	return [await make(), await make()] as const;
}

describe('page invalidations shared through the database', () => {
	it('makes every process forget a changed page, and only the pages showing what changed', async () => {
		const [a, b] = await twoProcesses();
		try {
			for (const { cache } of [a, b]) {
				cache.store(get('/stories/x'), page('<p>x</p>', ['story:x']));
				cache.store(get('/stories/y'), page('<p>y</p>', ['story:y']));
			}
			a.pages.invalidate(['story:x']);
			expect(a.cache.lookup(get('/stories/x'))).toBeNull();
			expect(await until(() => b.cache.lookup(get('/stories/x')) === null)).toBe(true);
			expect(b.cache.lookup(get('/stories/y'))).not.toBeNull();

			b.pages.clear();
			expect(await until(() => a.cache.size === 0)).toBe(true);
		} finally {
			await Promise.all([a.pages.stop(), b.pages.stop()]);
		}
	});

	it('ignores messages that are not its own kind, and forgets everything when the tags are too many to send', async () => {
		const [a, b] = await twoProcesses();
		try {
			b.cache.store(get('/stories/x'), page('<p>x</p>', ['story:x']));
			await t.app.handle.execute('SELECT pg_notify($1, $2)', [pagesChannel, 'not json']);
			await t.app.handle.execute('SELECT pg_notify($1, $2)', [pagesChannel, '{"tags":"story:x"}']);
			// A valid message sent after the bad ones: once it has arrived, the bad ones were handled.
			a.pages.invalidate(['story:other']);
			await new Promise((r) => setTimeout(r, 300));
			expect(b.cache.lookup(get('/stories/x'))).not.toBeNull();

			a.pages.invalidate(Array.from({ length: 500 }, (_, i) => `story:${'n'.repeat(20)}${i}`));
			expect(await until(() => b.cache.size === 0)).toBe(true);
		} finally {
			await Promise.all([a.pages.stop(), b.pages.stop()]);
		}
	});
});
