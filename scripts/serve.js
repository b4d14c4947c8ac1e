// Starts the built app: a plain node:http server in front of SvelteKit's handler, so that shutdown is
// graceful (stop accepting, finish requests, close jobs and the database) and cached public pages are
// answered without entering SvelteKit. `npm start` builds first; `npm run serve` runs an existing build.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';

// Settings may come from a .env file beside the app (the environment itself always wins).
if (existsSync('.env')) process.loadEnvFile('.env');

if (!existsSync('build/handler.js')) {
	console.error(
		'Sotong cannot start: no build found. Run `npm run build` (or `npm start`, which builds first).'
	);
	process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${port}`;
// adapter-node's handler reads its own settings from the environment. Since adapter-node 6 no longer
// reads ORIGIN, the request's origin is pinned here through two headers only this server sets.
// Room for a phone photo (images are limited to 20 MB by default, a setting); videos come in 1 MiB chunks.
process.env.BODY_SIZE_LIMIT ??= '25M';
process.env.PROTOCOL_HEADER = 'x-sotong-protocol';
process.env.HOST_HEADER = 'x-sotong-host';
const origin = new URL(process.env.ORIGIN);
const protocol = origin.protocol.slice(0, -1);

// A computed path keeps type-checking out of the generated bundle.
const handlerModule = '../build/handler.js';
const { handler } = await import(handlerModule);
// The app publishes its page cache here (src/lib/server/core/page-cache.ts): rendered public pages
// for visitors without an account, answered before SvelteKit runs until what they show changes.
const pageCacheKey = Symbol.for('sotong.pageCache');

/**
 * Answers from the page cache when it holds this page: 304 when the browser has these bytes already.
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res
 */
function answerFromCache(req, res) {
	/** @type {{ lookup(req: http.IncomingMessage): { status: number, headers: [string, string][], body: Buffer[], bytes: number, etag: string } | null } | undefined} */
	const cache = /** @type {any} */ (globalThis)[pageCacheKey];
	const page = cache?.lookup(req);
	if (!page) return false;
	const known = (req.headers['if-none-match'] ?? '')
		.split(',')
		.some((t) => t.trim().replace(/^W\//, '') === page.etag);
	if (known) {
		// Only what a 304 may update: the browser keeps the page and the CSP nonce it came with.
		const { etag, 'cache-control': cacheControl, vary } = Object.fromEntries(page.headers);
		res.writeHead(304, { etag, 'cache-control': cacheControl, vary, 'x-request-id': randomUUID() }).end();
		return true;
	}
	const headers = Object.fromEntries(page.headers);
	headers['x-request-id'] = randomUUID();
	headers['content-length'] = String(page.bytes);
	res.writeHead(page.status, headers);
	if (req.method !== 'HEAD') {
		// The kept bytes around this answer's nonce, in one write to the socket.
		res.cork();
		for (const piece of page.body) res.write(piece);
		res.uncork();
	}
	res.end();
	return true;
}

const server = http.createServer((req, res) => {
	if (answerFromCache(req, res)) return;
	req.headers['x-sotong-protocol'] = protocol;
	req.headers['x-sotong-host'] = origin.host;
	handler(req, res);
});
server.keepAliveTimeout = 5000;
server.on('error', (/** @type {NodeJS.ErrnoException} */ err) => {
	console.error(
		err.code === 'EADDRINUSE'
			? `Sotong cannot start: port ${port} is already in use. Set PORT to another port.`
			: `Sotong cannot start: ${err.message}`
	);
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(`Sotong is serving ${process.env.ORIGIN} (listening on ${host}:${port})`);
});

let stopping = false;
/** @param {string} signal */
async function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`Received ${signal}: finishing requests and closing the database…`);
	const force = setTimeout(() => process.exit(1), 15_000);
	force.unref();
	server.close();
	server.closeIdleConnections();
	// SvelteKit's server hooks listen for this to stop jobs and close the database.
	const listeners = /** @type {((reason: string) => unknown)[]} */ (
		process.listeners(/** @type {NodeJS.Signals} */ (/** @type {unknown} */ ('sveltekit:shutdown')))
	);
	await Promise.all(listeners.map((listener) => listener(signal)));
	process.exit(0);
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
