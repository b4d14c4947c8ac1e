import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Why a fetch of someone else's page did not give a page. */
export type FetchRefusal =
	| 'not_http'
	| 'private_address'
	| 'too_many_redirects'
	| 'too_large'
	| 'timeout'
	| 'unreachable'
	| 'http_error';

export class FetchRefused extends Error {
	readonly reason: FetchRefusal;
	constructor(reason: FetchRefusal, message: string) {
		super(message);
		this.reason = reason;
	}
}

export interface SafeFetchOptions {
	userAgent: string;
	/** Defaults: 3 redirects, 2 MiB, 10 s, as the crawler's contract says. */
	maxRedirects?: number;
	maxBytes?: number;
	timeoutMs?: number;
	/** Name resolution; tests pass a table so a made-up name can resolve to a private address. */
	resolve?: (host: string) => Promise<string[]>;
	/**
	 * Test-only: loopback ports the guard lets through, so tests can crawl local HTTP servers. Never
	 * set from the environment; production wiring leaves it empty.
	 */
	allowLoopbackPorts?: readonly number[];
}

export interface FetchedPage {
	url: string;
	status: number;
	contentType: string;
	body: string;
}

/** The only address ranges a crawler may reach: the public internet. */
export function isPublicAddress(address: string): boolean {
	if (!ipaddr.isValid(address)) return false;
	let parsed = ipaddr.parse(address);
	if (parsed.kind() === 'ipv6') {
		const v6 = parsed as ipaddr.IPv6;
		if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
	}
	return parsed.range() === 'unicast';
}

const systemResolve = (host: string) =>
	new Promise<string[]>((resolve, reject) =>
		dnsLookup(host, { all: true }, (err, addresses: LookupAddress[]) =>
			err ? reject(err) : resolve(addresses.map((a) => a.address))
		)
	);

/**
 * Fetches a public web page the way a careful crawler must: http(s) only, every address checked after
 * name resolution (and the connection made to that checked address, so a second lookup cannot swap in
 * a private one), redirects followed by hand and re-checked, a byte cap and a time limit. Other
 * people's pages are untrusted input; nothing here follows them into the city's own network.
 */
export function createSafeFetch(options: SafeFetchOptions) {
	const maxRedirects = options.maxRedirects ?? 3;
	const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
	const timeoutMs = options.timeoutMs ?? 10_000;
	const resolve = options.resolve ?? systemResolve;
	const loopbackPorts = new Set(options.allowLoopbackPorts ?? []);

	const allowed = (address: string, port: number) =>
		isPublicAddress(address) || (loopbackPorts.has(port) && (address === '127.0.0.1' || address === '::1'));

	/** Resolves the host and returns an address the guard accepts, or refuses. */
	async function checkedAddress(url: URL): Promise<string> {
		const host = url.hostname.replace(/^\[|\]$/g, '');
		const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
		let addresses: string[];
		try {
			addresses = isIP(host) ? [host] : await resolve(host);
		} catch {
			throw new FetchRefused('unreachable', `Cannot resolve ${host}`);
		}
		if (addresses.length === 0) throw new FetchRefused('unreachable', `Cannot resolve ${host}`);
		// Every address must be public: a name that also resolves privately is refused outright.
		if (!addresses.every((a) => allowed(a, port)))
			throw new FetchRefused('private_address', `${host} resolves to a private address`);
		return addresses[0];
	}

	function requestOnce(url: URL, address: string, signal: AbortSignal) {
		return new Promise<{ status: number; location?: string; contentType: string; body: string }>(
			(resolvePromise, reject) => {
				const pinned: LookupFunction = (_host, opts, callback) => {
					const family = isIP(address);
					if (opts.all) callback(null, [{ address, family }]);
					else callback(null, address, family);
				};
				const client = url.protocol === 'https:' ? https : http;
				const req = client.request(
					url,
					{
						method: 'GET',
						lookup: pinned,
						signal,
						headers: {
							'user-agent': options.userAgent,
							accept: 'text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5'
						}
					},
					(res) => {
						const status = res.statusCode ?? 0;
						const contentType = String(res.headers['content-type'] ?? '');
						if (status >= 300 && status < 400 && res.headers.location) {
							res.resume();
							resolvePromise({ status, location: res.headers.location, contentType, body: '' });
							return;
						}
						const chunks: Buffer[] = [];
						let size = 0;
						res.on('data', (chunk: Buffer) => {
							size += chunk.length;
							if (size > maxBytes) {
								req.destroy();
								reject(new FetchRefused('too_large', `More than ${maxBytes} bytes`));
								return;
							}
							chunks.push(chunk);
						});
						res.on('end', () =>
							resolvePromise({ status, contentType, body: Buffer.concat(chunks).toString('utf8') })
						);
						res.on('error', reject);
					}
				);
				req.on('error', (err) =>
					reject(
						err instanceof FetchRefused
							? err
							: signal.aborted
								? new FetchRefused('timeout', `No answer within ${timeoutMs} ms`)
								: new FetchRefused('unreachable', err.message)
					)
				);
				req.end();
			}
		);
	}

	/** Fetches `target`, following at most the allowed number of redirects; throws FetchRefused. */
	return async function safeFetch(target: string): Promise<FetchedPage> {
		const signal = AbortSignal.timeout(timeoutMs);
		let url: URL;
		try {
			url = new URL(target);
		} catch {
			throw new FetchRefused('not_http', 'Not a web address');
		}
		for (let hop = 0; ; hop++) {
			if (url.protocol !== 'http:' && url.protocol !== 'https:')
				throw new FetchRefused('not_http', 'Only http and https addresses are fetched');
			const address = await checkedAddress(url);
			const answer = await requestOnce(url, address, signal);
			if (answer.location === undefined) {
				if (answer.status >= 400) throw new FetchRefused('http_error', `The site answered ${answer.status}`);
				return { url: url.href, status: answer.status, contentType: answer.contentType, body: answer.body };
			}
			if (hop >= maxRedirects)
				throw new FetchRefused('too_many_redirects', `More than ${maxRedirects} redirects`);
			url = new URL(answer.location, url);
		}
	};
}

export type SafeFetch = ReturnType<typeof createSafeFetch>;
