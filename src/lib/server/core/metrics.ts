import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics for /metrics: requests by route, database pool, job queue, process defaults. */
export function createMetrics(sources: {
	poolStats: () => { total: number; idle: number; waiting: number };
	queueSizes: () => Promise<Record<string, number>>;
	/** Pages answered from the page cache never reach SvelteKit, so the cache counts them itself. */
	pageCache?: { readonly hits: number; readonly misses: number; readonly size: number };
}) {
	const registry = new Registry();
	collectDefaultMetrics({ register: registry, prefix: 'sotong_' });
	const requests = new Counter({
		name: 'sotong_http_requests_total',
		help: 'HTTP requests by method, route and status',
		labelNames: ['method', 'route', 'status'] as const,
		registers: [registry]
	});
	const duration = new Histogram({
		name: 'sotong_http_request_duration_seconds',
		help: 'HTTP request duration by method and route',
		labelNames: ['method', 'route'] as const,
		buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
		registers: [registry]
	});
	new Gauge({
		name: 'sotong_db_pool_connections',
		help: 'Database connections by state',
		labelNames: ['state'] as const,
		registers: [registry],
		collect() {
			const s = sources.poolStats();
			this.set({ state: 'total' }, s.total);
			this.set({ state: 'idle' }, s.idle);
			this.set({ state: 'waiting' }, s.waiting);
		}
	});
	new Gauge({
		name: 'sotong_job_queue_size',
		help: 'Jobs waiting per queue',
		labelNames: ['queue'] as const,
		registers: [registry],
		async collect() {
			for (const [queue, size] of Object.entries(await sources.queueSizes())) this.set({ queue }, size);
		}
	});
	const pages = sources.pageCache;
	if (pages) {
		new Counter({
			name: 'sotong_page_cache_lookups_total',
			help: 'Public page requests looked up in the page cache, by whether a kept page answered',
			labelNames: ['result'] as const,
			registers: [registry],
			collect() {
				this.reset();
				this.inc({ result: 'hit' }, pages.hits);
				this.inc({ result: 'miss' }, pages.misses);
			}
		});
		new Gauge({
			name: 'sotong_page_cache_pages',
			help: 'Rendered pages kept in the page cache',
			registers: [registry],
			collect() {
				this.set(pages.size);
			}
		});
	}
	return {
		registry,
		/** Records one finished request; `route` is the route id, never the raw path (bounded labels). */
		observe(method: string, route: string, status: number, seconds: number) {
			requests.inc({ method, route, status: String(status) });
			duration.observe({ method, route }, seconds);
		}
	};
}

export type Metrics = ReturnType<typeof createMetrics>;
