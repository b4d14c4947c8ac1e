import PgBoss from 'pg-boss';
import type { DatabaseHandle } from './db.ts';
import type { Logger } from './logger.ts';

export type JobHandler<T> = (data: T) => Promise<void>;

/** Background work that must survive a crash or a failed step (emails, media, crawls), in Postgres. */
export interface Jobs {
	send<T extends object>(
		queue: string,
		data: T,
		/** `priority`: higher runs first (default 0); background work a person is not waiting for goes below. */
		opts?: {
			retryLimit?: number;
			startAfter?: Date;
			priority?: number;
			/** A job id of our own: sending the same id twice queues one job (scheduled work on restarts). */
			id?: string;
		}
	): Promise<string | null>;
	work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void>;
	/** Processes what is queued now, in this process; tests and one-shot scripts use it. */
	drain(queue: string): Promise<number>;
	queueSizes(): Promise<Record<string, number>>;
	stop(): Promise<void>;
}

/** pg-boss over either database kind: PGlite gets a small executeSql bridge. */
export async function createJobs(
	handle: DatabaseHandle,
	logger: Logger,
	opts: { poll?: boolean } = {}
): Promise<Jobs> {
	const boss =
		handle.kind === 'pglite'
			? new PgBoss({
					db: {
						executeSql: async (text: string, values?: unknown[]) => {
							if (values && values.length > 0) return handle.execute(text, values);
							const results = await handle.pglite!.exec(text);
							return { rows: results.at(-1)?.rows ?? [] };
						}
					},
					supervise: opts.poll !== false,
					schedule: false,
					migrate: true
				})
			: new PgBoss({
					db: { executeSql: (text: string, values?: unknown[]) => handle.execute(text, values) },
					supervise: opts.poll !== false
				});
	boss.on('error', (err: Error) => logger.error({ err }, 'job queue error'));
	await boss.start();
	const handlers = new Map<string, JobHandler<object>>();
	const queues = new Set<string>();
	const ensureQueue = async (name: string) => {
		if (queues.has(name)) return;
		if (!(await boss.getQueue(name))) await boss.createQueue(name);
		queues.add(name);
	};
	return {
		async send(queue, data, o = {}) {
			await ensureQueue(queue);
			return boss.send(queue, data, {
				id: o.id,
				retryLimit: o.retryLimit ?? 5,
				retryBackoff: true,
				startAfter: o.startAfter,
				priority: o.priority ?? 0
			});
		},
		async work(queue, handler) {
			await ensureQueue(queue);
			handlers.set(queue, handler as JobHandler<object>);
			if (opts.poll === false) return;
			await boss.work(queue, { pollingIntervalSeconds: 1 }, async (jobs: { data: object }[]) => {
				for (const job of jobs) await handler(job.data as never);
			});
		},
		async drain(queue) {
			await ensureQueue(queue);
			const handler = handlers.get(queue);
			if (!handler) throw new Error(`No handler registered for queue ${queue}`);
			let done = 0;
			for (;;) {
				const batch = (await boss.fetch(queue, { batchSize: 20 })) as { id: string; data: object }[];
				if (!batch || batch.length === 0) return done;
				for (const job of batch) {
					try {
						await handler(job.data);
						await boss.complete(queue, job.id);
					} catch (err) {
						await boss.fail(queue, job.id, { message: (err as Error).message });
						throw err;
					}
					done++;
				}
			}
		},
		async queueSizes() {
			const out: Record<string, number> = {};
			for (const q of queues) out[q] = await boss.getQueueSize(q);
			return out;
		},
		async stop() {
			await boss.stop({ graceful: true, timeout: 5000 });
		}
	};
}
