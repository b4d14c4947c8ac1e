import { escapeHtml } from '../content/document.ts';
import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import type { Jobs } from '../core/jobs.ts';
import type { SafeFetch } from '../core/safe-fetch.ts';
import { formerMateSvg, placeholderSvg, renderPng, resizePng, type PngSize } from './artwork.ts';
import { bakePng, bakeSvg } from '../credentials/badge.ts';
import { createSymbolLoads, refererOrigin } from './loads.ts';
import { siteCheck, symbolArtwork, symbolLoad, type SymbolName } from './schema.ts';
import { checkSite, type MateAddresses } from './site-check.ts';
import { isPlainSvg } from './svg-check.ts';
import { inspectImage } from '../media/images.ts';

/** The recurring job that visits Mates' listed sites (it queues its own next run). */
export const siteSweepQueue = 'symbols.site_sweep';
/** A Mate's "check my sites now", run in the background. */
export const siteCheckQueue = 'symbols.site_check';
/** How soon a Mate may ask for another check of their sites. */
const askAgainAfterMs = 10 * 60_000;
/** A site is visited again once its last check is this old. */
const recheckAfterMs = 24 * 3600_000;

/** A Mate as the symbols need them: who, their page address, the sites they list. */
export interface MateSites {
	userId: string;
	slug: string;
	name: string;
	links: string[];
}

export interface SymbolsDeps {
	db: Database;
	clock: Clock;
	jobs: Jobs;
	origin: string;
	cityName: string;
	/** The guarded fetcher the crawler reads other people's pages with. */
	fetchPage: SafeFetch;
	userAgent: string;
	/** From the mates module. */
	mateBySlug: (slug: string) => Promise<MateSites | null>;
	mateOfUser: (userId: string) => Promise<MateSites | null>;
	everyMate: () => Promise<MateSites[]>;
	/** From the credentials module: the Mate's credential while their term runs and it is not revoked. */
	currentCredential: (userId: string) => Promise<{ id: string; jwt: string } | null>;
}

/** The symbol image a browser asked for, ready to send. */
export interface SymbolImage {
	type: 'image/svg+xml' | 'image/png';
	body: Buffer;
	/** False when the Mate's term ended or the credential was revoked: the neutral image is shown. */
	current: boolean;
}

const svgProblem = () =>
	new AppError('validation_failed', 'Not plain SVG artwork', {
		fields: { svg: { key: 'errors.field.symbolSvg' } }
	});

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The two symbols only Mates may show, and the city's view of where they are shown ("loyalty"): per-Mate
 * image addresses that count loads by site and day, baked downloads and embed code for active Mates,
 * and a crawler that checks each Mate's listed sites show the symbol or link back.
 */
export function createSymbolsService(deps: SymbolsDeps) {
	const { db } = deps;
	const loads = createSymbolLoads(db);
	const rendered = new Map<string, Promise<Buffer>>();

	const artwork = async (symbol: SymbolName) => {
		const [row] = await db.select().from(symbolArtwork).where(eq(symbolArtwork.symbol, symbol));
		return row
			? { svg: row.svg, png: Buffer.from(row.pngBase64, 'base64'), version: row.updatedAt.getTime() }
			: { svg: placeholderSvg(symbol, deps.cityName), png: null, version: 0 };
	};

	/** PNGs rendered once per artwork version and width, then reused. */
	const pngOf = (key: string, source: { svg: string; png: Buffer | null }, width: number) => {
		const cacheKey = `${key}:${width}`;
		let png = rendered.get(cacheKey);
		if (!png) {
			png = source.png ? resizePng(source.png, width) : renderPng(source.svg, width);
			rendered.set(cacheKey, png);
			png.catch(() => rendered.delete(cacheKey));
		}
		return png;
	};

	const addressesOf = async (mate: MateSites): Promise<MateAddresses> => {
		const credential = await deps.currentCredential(mate.userId);
		return {
			symbolPrefix: `${deps.origin}/symbols/${mate.slug}/`,
			pages: [
				`${deps.origin}/mates/${mate.slug}`,
				...(credential ? [`${deps.origin}/verify/${credential.id}`] : [])
			]
		};
	};

	const checkSitesOf = async (mate: MateSites, onlyDue: boolean) => {
		const addresses = await addressesOf(mate);
		const now = deps.clock.now();
		const checked = await db
			.select({ url: siteCheck.url, checkedAt: siteCheck.checkedAt })
			.from(siteCheck)
			.where(eq(siteCheck.userId, mate.userId));
		const last = new Map(checked.map((c) => [c.url, c.checkedAt.getTime()]));
		for (const url of mate.links) {
			if (onlyDue && now.getTime() - (last.get(url) ?? 0) < recheckAfterMs) continue;
			const finding = await checkSite(deps.fetchPage, deps.userAgent, url, addresses);
			const values = { ...finding, checkedAt: deps.clock.now() };
			await db
				.insert(siteCheck)
				.values({ userId: mate.userId, url, ...values })
				.onConflictDoUpdate({ target: [siteCheck.userId, siteCheck.url], set: values });
		}
		// Sites the Mate no longer lists leave their record.
		const stale = checked.map((c) => c.url).filter((url) => !mate.links.includes(url));
		if (stale.length > 0)
			await db.delete(siteCheck).where(and(eq(siteCheck.userId, mate.userId), inArray(siteCheck.url, stale)));
	};

	const daysAgo = (n: number) => day(new Date(deps.clock.now().getTime() - n * 24 * 3600_000));

	const service = {
		/**
		 * The image at a Mate's symbol address, counting the load by the showing site's origin and day.
		 * Former Mates' addresses show the neutral image, so old embeds stop claiming membership.
		 */
		async imageForEmbed(slug: string, symbol: SymbolName, format: 'svg' | 'png', referer: string | null) {
			const mate = await deps.mateBySlug(slug);
			if (!mate) return null;
			const current = !!(await deps.currentCredential(mate.userId));
			await loads.record(mate.userId, symbol, refererOrigin(referer), day(deps.clock.now()));
			const art = current
				? await artwork(symbol)
				: { svg: formerMateSvg(deps.cityName), png: null, version: 0 };
			const key = current ? `${symbol}:${art.version}` : 'former';
			const image: SymbolImage =
				format === 'svg'
					? { type: 'image/svg+xml', body: Buffer.from(art.svg), current }
					: { type: 'image/png', body: await pngOf(key, art, 256), current };
			return image;
		},

		/** An active Mate's symbol file, baked with their credential so it proves itself anywhere. */
		async downloadFor(userId: string, symbol: SymbolName, format: 'svg' | PngSize) {
			const credential = await deps.currentCredential(userId);
			if (!credential) throw new AppError('forbidden', 'Only active Mates may download the symbols');
			const art = await artwork(symbol);
			if (format === 'svg')
				return { type: 'image/svg+xml', body: Buffer.from(bakeSvg(art.svg, credential.jwt)) };
			return {
				type: 'image/png',
				body: bakePng(await pngOf(`${symbol}:${art.version}`, art, format), credential.jwt)
			};
		},

		/** The HTML and Markdown a Mate pastes into their site: the symbol from the city, linked to their verification. */
		async embedCodeFor(userId: string) {
			const [mate, credential] = await Promise.all([deps.mateOfUser(userId), deps.currentCredential(userId)]);
			if (!mate || !credential) return null;
			const verify = `${deps.origin}/verify/${credential.id}`;
			const alt = escapeHtml(`Global ${deps.cityName} Mate`);
			return (['emblem', 'wordmark'] as const).map((symbol) => {
				const src = `${deps.origin}/symbols/${mate.slug}/${symbol}.png`;
				const [w, h] = symbol === 'emblem' ? [128, 128] : [256, 64];
				return {
					symbol,
					src,
					html: `<a href="${verify}" rel="me"><img src="${src}" alt="${alt}" width="${w}" height="${h}"></a>`,
					markdown: `[![${alt}](${src})](${verify})`
				};
			});
		},

		/** Where a Mate's symbols were shown in the last 30 days and what the crawler found on their sites. */
		async loyaltyOf(userId: string) {
			const since = daysAgo(30);
			const [sites, checks] = await Promise.all([
				loads.sitesOf(userId, since),
				db.select().from(siteCheck).where(eq(siteCheck.userId, userId)).orderBy(asc(siteCheck.url))
			]);
			return { sites, checks, since };
		},

		/** Every Mate with their symbols' reach in the last 30 days and their site checks, for the console. */
		async loyaltyOverview() {
			const since = daysAgo(30);
			const [mates, shown, checks] = await Promise.all([
				deps.everyMate(),
				db
					.select({
						userId: symbolLoad.userId,
						loads: sql<number>`sum(${symbolLoad.loads})::int`,
						sites: sql<number>`(count(distinct ${symbolLoad.origin}) filter (where ${symbolLoad.origin} <> ''))::int`
					})
					.from(symbolLoad)
					.where(gte(symbolLoad.day, since))
					.groupBy(symbolLoad.userId),
				db
					.select({
						userId: siteCheck.userId,
						found: sql<number>`(count(*) filter (where ${siteCheck.result} = 'found'))::int`,
						checked: sql<number>`count(*)::int`
					})
					.from(siteCheck)
					.groupBy(siteCheck.userId)
			]);
			const shownBy = new Map(shown.map((r) => [r.userId, r]));
			const checksBy = new Map(checks.map((r) => [r.userId, r]));
			return mates.map((m) => ({
				slug: m.slug,
				name: m.name,
				loads: shownBy.get(m.userId)?.loads ?? 0,
				sitesShowing: shownBy.get(m.userId)?.sites ?? 0,
				sitesFound: checksBy.get(m.userId)?.found ?? 0,
				sitesChecked: checksBy.get(m.userId)?.checked ?? 0
			}));
		},

		/** A Mate's loyalty record by their page address, for the programme team; null for no such Mate. */
		async loyaltyOfMate(slug: string) {
			const mate = await deps.mateBySlug(slug);
			return mate ? { name: mate.name, slug: mate.slug, ...(await service.loyaltyOf(mate.userId)) } : null;
		},

		/** Checks one Mate's listed sites now (all of them), e.g. after they add one. */
		async checkSitesNow(userId: string) {
			const mate = await deps.mateOfUser(userId);
			if (mate) await checkSitesOf(mate, false);
		},

		/**
		 * A Mate asks for their sites to be checked now (after adding the symbol, say): queued, and at
		 * most once every ten minutes, so the city's crawler cannot be turned on a site at will.
		 */
		async askForSiteCheck(userId: string) {
			const [latest] = await db
				.select({ at: sql<Date>`max(${siteCheck.checkedAt})` })
				.from(siteCheck)
				.where(eq(siteCheck.userId, userId));
			const last = latest?.at ? new Date(latest.at).getTime() : 0;
			const wait = last + askAgainAfterMs - deps.clock.now().getTime();
			if (wait > 0)
				throw new AppError('rate_limited', 'Sites were checked a moment ago', {
					params: { seconds: Math.ceil(wait / 1000) }
				});
			await deps.jobs.send(siteCheckQueue, { userId });
		},

		/** The recurring visit: every Mate with a running credential, each site not checked in a day. */
		async sweepSites() {
			for (const mate of await deps.everyMate()) {
				if (mate.links.length === 0 || !(await deps.currentCredential(mate.userId))) continue;
				await checkSitesOf(mate, true);
			}
		},

		/** Queues the next sweep unless one is already waiting (called at start and after each sweep). */
		async scheduleSweep(inMs: number) {
			const waiting = (await deps.jobs.queueSizes())[siteSweepQueue] ?? 0;
			if (waiting > 0) return;
			await deps.jobs.send(
				siteSweepQueue,
				{},
				{ startAfter: new Date(deps.clock.now().getTime() + inMs), priority: -1 }
			);
		},

		/** The artwork a symbol shows now, for the administrator's settings page. */
		async artworkOf(symbol: SymbolName) {
			const art = await artwork(symbol);
			return { svg: art.svg, uploaded: art.version > 0 };
		},

		/**
		 * An administrator replaces a symbol's artwork: an SVG that is plain artwork (no scripts, no
		 * outside references) and optionally a PNG of it (checked by its bytes); audited.
		 */
		async uploadArtwork(
			ctx: ActionContext,
			symbol: SymbolName,
			svgText: string,
			pngBytes: Uint8Array | null
		) {
			if (svgText.length > 512 * 1024 || !isPlainSvg(svgText)) throw svgProblem();
			let png: Buffer;
			if (pngBytes) {
				const { mime } = await inspectImage(pngBytes, 'png');
				if (mime !== 'image/png')
					throw new AppError('validation_failed', 'Not a PNG', {
						fields: { png: { key: 'errors.upload.notImage' } }
					});
				// Re-encoded, so nothing but pixels is kept (no metadata).
				png = await resizePng(Buffer.from(pngBytes), 1024);
			} else {
				png = await renderPng(svgText, 1024).catch(() => {
					throw svgProblem();
				});
			}
			const values = { svg: svgText, pngBase64: png.toString('base64'), updatedAt: deps.clock.now() };
			await db.transaction(async (tx) => {
				await tx
					.insert(symbolArtwork)
					.values({ symbol, ...values })
					.onConflictDoUpdate({ target: symbolArtwork.symbol, set: values });
				await recordAudit(tx, ctx, {
					action: 'symbols.artwork_uploaded',
					targetType: 'symbol',
					targetId: symbol
				});
			});
		},

		/** An administrator goes back to the built-in design; audited. */
		async resetArtwork(ctx: ActionContext, symbol: SymbolName) {
			await db.transaction(async (tx) => {
				await tx.delete(symbolArtwork).where(eq(symbolArtwork.symbol, symbol));
				await recordAudit(tx, ctx, {
					action: 'symbols.artwork_reset',
					targetType: 'symbol',
					targetId: symbol
				});
			});
		}
	};
	return service;
}

export type SymbolsService = ReturnType<typeof createSymbolsService>;
