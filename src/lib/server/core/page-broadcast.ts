import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { z } from 'zod';
import type { DatabaseHandle } from './db.ts';
import type { Logger } from './logger.ts';
import type { PageCache, PageInvalidation } from './page-cache.ts';

/** The PostgreSQL channel every app process listens on for pages another process changed. */
export const pagesChannel = 'sotong_pages';

/** NOTIFY payloads must stay under 8,000 bytes; a longer list of tags is sent as "forget everything". */
const maxPayload = 7_900;

const message = z.union([
	z.object({ from: z.string(), tags: z.array(z.string()).max(1_000) }),
	z.object({ from: z.string(), clear: z.literal(true) })
]);

/** Sending and receiving short messages through the database every process shares. */
export interface Broadcast {
	publish(payload: string): Promise<void>;
	/** Starts listening; resolves once listening, with a function that stops it. */
	subscribe(on: (payload: string) => void, onLost: () => void): Promise<() => Promise<void>>;
}

/**
 * LISTEN/NOTIFY on the app's database: a dedicated connection listens (outside the pool, so it never
 * takes a connection requests need); notifications go out through the pool. On PGlite the one process
 * hears its own notifications, which keeps the same code path tested everywhere.
 */
export function databaseBroadcast(handle: DatabaseHandle): Broadcast {
	return {
		async publish(payload) {
			await handle.execute('SELECT pg_notify($1, $2)', [pagesChannel, payload]);
		},
		async subscribe(on, onLost) {
			if (handle.pglite) {
				const unlisten = await handle.pglite.listen(pagesChannel, on);
				return async () => unlisten();
			}
			const client = new pg.Client(handle.pool!.options);
			client.on('notification', (n) => {
				if (n.channel === pagesChannel && n.payload) on(n.payload);
			});
			client.on('error', onLost);
			client.on('end', onLost);
			await client.connect();
			await client.query(`LISTEN ${pagesChannel}`);
			return async () => {
				client.removeListener('end', onLost);
				await client.end().catch(() => undefined);
			};
		}
	};
}

/**
 * The page cache's invalidations, told to every process sharing the database: each forgets the pages
 * locally at once and sends the tags; the others forget them when the notification arrives. While
 * the listening connection is lost this process keeps nothing (it could miss a change) and retries.
 */
export function sharedPageInvalidation(
	cache: PageCache,
	broadcast: Broadcast,
	logger: Pick<Logger, 'warn'>
): PageInvalidation & { start(): Promise<void>; stop(): Promise<void> } {
	const self = randomUUID();
	let stopListening: (() => Promise<void>) | null = null;
	let stopped = false;
	let retry: NodeJS.Timeout | undefined;

	const send = (body: { tags: string[] } | { clear: true }) => {
		let payload = JSON.stringify({ from: self, ...body });
		if (payload.length > maxPayload) payload = JSON.stringify({ from: self, clear: true });
		broadcast.publish(payload).catch((err) => logger.warn({ err }, 'page invalidation not broadcast'));
	};

	const receive = (payload: string) => {
		let parsed;
		try {
			parsed = message.safeParse(JSON.parse(payload));
		} catch {
			return;
		}
		if (!parsed.success || parsed.data.from === self) return;
		if ('clear' in parsed.data) cache.clear();
		else cache.invalidate(parsed.data.tags);
	};

	const listen = async (): Promise<void> => {
		if (stopped) return;
		try {
			stopListening = await broadcast.subscribe(receive, lost);
			cache.resume();
		} catch (err) {
			logger.warn({ err }, 'cannot listen for page invalidations; retrying in 5 s');
			retry = setTimeout(listen, 5_000);
		}
	};

	// A dropped connection says so twice ('error', then 'end'): only the first reconnects.
	function lost() {
		if (stopped || !stopListening) return;
		const close = stopListening;
		stopListening = null;
		void close();
		cache.pause();
		logger.warn({}, 'lost the page invalidation channel; reconnecting');
		retry = setTimeout(listen, 1_000);
	}

	return {
		invalidate(tags) {
			cache.invalidate(tags);
			send({ tags });
		},
		clear() {
			cache.clear();
			send({ clear: true });
		},
		async start() {
			cache.pause();
			await listen();
		},
		async stop() {
			stopped = true;
			clearTimeout(retry);
			await stopListening?.();
		}
	};
}
