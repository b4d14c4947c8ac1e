import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../i18n/index.ts';
import { createMetrics } from './metrics.ts';
import { PageCache } from './page-cache.ts';

const get = (url: string) => ({ method: 'GET', url, headers: {} });

describe('metrics', () => {
	it('count page cache hits and misses, which never reach the request counter', async () => {
		const cache = new PageCache({ negotiate: negotiateLocale });
		const metrics = createMetrics({
			poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
			queueSizes: async () => ({}),
			pageCache: cache
		});
		cache.store(get('/'), {
			status: 200,
			headers: [['etag', '"home"']],
			body: new TextEncoder().encode('<p>home</p>'),
			tags: ['stories']
		});
		cache.lookup(get('/'));
		cache.lookup(get('/'));
		cache.lookup(get('/stories'));
		const text = await metrics.registry.metrics();
		expect(text).toContain('sotong_page_cache_lookups_total{result="hit"} 2');
		expect(text).toContain('sotong_page_cache_lookups_total{result="miss"} 1');
		expect(text).toContain('sotong_page_cache_pages 1');
		// Scraped twice, the counters stay the same (they are read, not added to).
		expect(await metrics.registry.metrics()).toContain('sotong_page_cache_lookups_total{result="hit"} 2');
	});
});
