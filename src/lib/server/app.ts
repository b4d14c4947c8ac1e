import { createAccountsService } from './accounts/service.ts';
import { createAuth, type Auth } from './accounts/auth.ts';
import { createThrottle } from './accounts/throttle.ts';
import { createTokenService } from './api/tokens.ts';
import { systemClock, type Clock } from './core/clock.ts';
import { openDatabase, type DatabaseHandle } from './core/db.ts';
import { loadEnv, type Env } from './core/env.ts';
import { createJobs, type Jobs } from './core/jobs.ts';
import { createLogger, type Logger } from './core/logger.ts';
import { createMailer, type Mailer, type MailMessage } from './core/mailer.ts';
import { createMetrics, type Metrics } from './core/metrics.ts';
import { runMigrations } from './core/migrations.ts';
import { localStorage, type Storage } from './core/storage.ts';
import { createPrivacyService } from './privacy/service.ts';
import { createStaffService, rolesOf } from './staff/service.ts';
import { accountEmail } from './accounts/emails.ts';
import { createMatesService } from './mates/service.ts';
import { createCredentialsService, issueQueue, type CredentialsService } from './credentials/service.ts';
import { createSafeFetch, type SafeFetch } from './core/safe-fetch.ts';
import {
	createSymbolsService,
	siteCheckQueue,
	siteSweepQueue,
	type SymbolsDeps,
	type SymbolsService
} from './symbols/service.ts';
import { matesPersonalData } from './mates/personal-data.ts';
import { credentialsPersonalData } from './credentials/personal-data.ts';
import { symbolsPersonalData } from './symbols/personal-data.ts';
import { createStoriesService, type StoriesService } from './stories/service.ts';
import { createMediaService, type MediaService } from './media/service.ts';
import { mediaPersonalData } from './media/personal-data.ts';
import {
	checkUnusedLater,
	createUnusedMediaCheck,
	unusedCheckQueue,
	type UnusedMediaCheck
} from './media/unused.ts';
import { storiesPersonalData, storySubjectsInUse } from './stories/personal-data.ts';
import { createVideoService, posterQueue, type VideoService } from './media/videos.ts';
import { sweepQueue } from './media/uploads.ts';
import { PageCache, sharePageCache } from './core/page-cache.ts';
import { databaseBroadcast, sharedPageInvalidation } from './core/page-broadcast.ts';
import { storyListTag, storyPageTag } from './stories/page-tags.ts';
import { mateTag } from './mates/page-tags.ts';
import { negotiateLocale } from '../i18n/index.ts';
import { createForumService, type ForumService } from './forum/service.ts';
import { forumPersonalData } from './forum/personal-data.ts';
import { forumClipLimits, forumSubjectsInUse, type ForumMedia } from './forum/attachments.ts';
import { forumExtrasPersonalData } from './forum/extras-personal-data.ts';
import { claimMedia } from './media/claims.ts';
import {
	createNotificationsService,
	emailQueue,
	type NotificationsService
} from './notifications/service.ts';
import { digestQueue, type DigestRun } from './notifications/digest.ts';
import { notificationsPersonalData } from './notifications/personal-data.ts';
import { emailModeration } from './notifications/moderation-email.ts';
import { forumModerationPersonalData } from './forum/moderation-personal-data.ts';

/** Everything a request or a job needs, built once per process (or once per test). */
export interface App {
	env: Env;
	handle: DatabaseHandle;
	db: DatabaseHandle['db'];
	logger: Logger;
	clock: Clock;
	mailer: Mailer;
	storage: Storage;
	jobs: Jobs;
	metrics: Metrics;
	auth: Auth;
	accounts: ReturnType<typeof createAccountsService>;
	staff: ReturnType<typeof createStaffService>;
	privacy: ReturnType<typeof createPrivacyService>;
	tokens: ReturnType<typeof createTokenService>;
	mates: ReturnType<typeof createMatesService>;
	/** Mates' signed Open Badges credentials, the issuer's keys and verification. */
	credentials: CredentialsService;
	/** The two Mate symbols: embeds that count where they are shown, downloads, site checks. */
	symbols: SymbolsService;
	stories: StoriesService;
	/** The Mates forum: categories, topics, replies and reading marks. */
	forum: ForumService;
	/** Forum notifications, subscriptions, instant emails and digests. */
	notifications: NotificationsService;
	media: MediaService;
	/** Video uploads (resumable, tus) and their files. */
	videos: VideoService;
	/** Removes uploads nothing shows any more (the `media.unused_check` job). */
	unusedMedia: UnusedMediaCheck;
	/** Rendered public pages reused for visitors without an account (served by scripts/serve.js). */
	pages: PageCache;
	startedAt: Date;
	stop(): Promise<void>;
}

export interface BuildOptions {
	env: Env;
	handle: DatabaseHandle;
	logger?: Logger;
	clock?: Clock;
	mailer?: Mailer;
	/** Tests drain queues themselves instead of polling. */
	pollJobs?: boolean;
}

/**
 * What the symbols module needs from the city's setup, the mates and the credentials modules. Tests
 * pass their own page fetcher (one allowed to reach a local test server); the app's is guarded.
 */
export function symbolsDeps(
	o: Pick<App, 'db' | 'clock' | 'jobs' | 'env' | 'mates' | 'credentials'>,
	fetchPage?: SafeFetch
): SymbolsDeps {
	const userAgent = `SotongSiteCheck/1.0 (+${o.env.ORIGIN}/about)`;
	const mateSites = (p: { userId: string; slug: string; displayName: string; links: string[] } | null) =>
		p && { userId: p.userId, slug: p.slug, name: p.displayName, links: p.links };
	return {
		db: o.db,
		clock: o.clock,
		jobs: o.jobs,
		origin: o.env.ORIGIN,
		cityName: o.env.CITY_NAME_EN,
		userAgent,
		fetchPage: fetchPage ?? createSafeFetch({ userAgent }),
		mateBySlug: async (slug) => mateSites(await o.mates.profileBySlug(slug)),
		mateOfUser: async (userId) => mateSites(await o.mates.profileOfUser(userId)),
		everyMate: () => o.mates.listedSitesOfMates(),
		currentCredential: (userId) => o.credentials.currentSignedCredentialOf(userId)
	};
}

/** Wires the services together over an open, migrated database. */
export async function buildApp(opts: BuildOptions): Promise<App> {
	const { env, handle } = opts;
	const logger = opts.logger ?? createLogger(env.LOG_LEVEL);
	const clock = opts.clock ?? systemClock;
	const mailer =
		opts.mailer ?? createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, dataDir: env.dataDir, logger });
	const jobs = await createJobs(handle, logger, { poll: opts.pollJobs ?? true });
	await jobs.work<MailMessage>('mail.send', (m) => mailer.send(m));
	const db = handle.db;
	const issuer = `Sotong ${env.CITY_NAME_EN}`;
	const auth = createAuth({
		db,
		secret: env.AUTH_SECRET,
		origin: env.ORIGIN,
		issuer,
		sendVerificationEmail: async (u, token) => {
			await jobs.send(
				'mail.send',
				accountEmail('verify', u, `${env.ORIGIN}/verify-email?token=${encodeURIComponent(token)}`)
			);
		},
		log: (level, message) => logger[level]({ source: 'better-auth' }, message),
		sendResetPasswordEmail: async (u, token) => {
			await jobs.send(
				'mail.send',
				accountEmail('reset', u, `${env.ORIGIN}/reset-password?token=${encodeURIComponent(token)}`)
			);
		}
	});
	const pageCache = new PageCache({ negotiate: negotiateLocale, now: () => clock.now().getTime() });
	// Every process sharing the database forgets a changed page, not only the one that changed it.
	const pages = sharedPageInvalidation(pageCache, databaseBroadcast(handle), logger);
	await pages.start();
	const storage = localStorage(env.storageDir);
	// Stories decide first what stays after an account is deleted; media keep only the files those use.
	// Set once the credentials service exists below: a deleted account's credentials are retired in the list.
	const late: { credentials?: CredentialsService } = {};
	const personalData = [
		matesPersonalData(storage),
		credentialsPersonalData(async (indexes) => late.credentials?.retireStatusIndexes(indexes)),
		symbolsPersonalData,
		storiesPersonalData(clock),
		mediaPersonalData({
			storage,
			// Stories that stay, and forum posts (which always stay, without their writer's name).
			subjectsInUse: async (tx, subjects) =>
				new Set([...(await storySubjectsInUse(tx, subjects)), ...(await forumSubjectsInUse(tx, subjects))])
		}),
		forumPersonalData,
		forumExtrasPersonalData,
		notificationsPersonalData,
		forumModerationPersonalData
	];
	const privacy = createPrivacyService({ db, auth, clock, personalData, pages, logger });
	await privacy.ensureNotice();
	const currentPrivacyVersion = async () => (await privacy.currentNotice()).version;
	const throttle = createThrottle({ pool: handle.pool });
	const media = createMediaService({ db, storage, jobs, clock });
	// Once a story's pictures have their sizes (or its video its poster), its page and lists render anew.
	const refreshStoryOf = (subject: string | null) => {
		if (subject?.startsWith('story:')) pages.invalidate([storyPageTag(subject.slice(6)), storyListTag]);
	};
	await jobs.work<{ id: string }>('media.variants', async ({ id }) =>
		refreshStoryOf(await media.makeVariants(id))
	);
	const videos = createVideoService({
		db,
		storage,
		jobs,
		clock,
		maxSecondsFor: (subject) => (subject.startsWith('forum-') ? forumClipLimits.maxSeconds : null)
	});
	await jobs.work<{ id: string }>(posterQueue, async ({ id }) => refreshStoryOf(await videos.makePoster(id)));
	await jobs.work(sweepQueue, async () => {
		await videos.sweepExpiredUploads();
	});
	const roles = (userId: string) => rolesOf(db, userId);
	const mates = createMatesService({
		db,
		clock,
		jobs,
		auth,
		throttle,
		storage,
		origin: env.ORIGIN,
		currentPrivacyVersion,
		pages,
		// A new Mate's credential is signed in the background, retried if it fails.
		onAdmitted: async (admitted) => {
			await jobs.send(issueQueue, admitted);
		}
	});
	// Mentions name people by their Mate page; the forum tells notifications about posts.
	const notifications = createNotificationsService({
		db,
		clock,
		jobs,
		logger,
		origin: env.ORIGIN,
		secret: env.AUTH_SECRET,
		digestHourUtc: env.DIGEST_HOUR_UTC,
		handles: {
			peopleByHandles: (handles) => mates.peopleByHandles(handles),
			handlesLike: (typed, limit) => mates.handlesLike(typed, limit)
		}
	});
	await jobs.work<{ ids: string[] }>(emailQueue, async ({ ids }) => {
		await notifications.sendInstantEmails(ids);
	});
	await jobs.work<{ run: DigestRun }>(digestQueue, ({ run }) => notifications.digests.runScheduled(run));
	await notifications.digests.scheduleNext('daily');
	await notifications.digests.scheduleNext('weekly');
	const forumMedia: ForumMedia = {
		claim: claimMedia,
		images: (ids) => media.imagesByIds(ids),
		videos: (ids) => videos.videosByIds(ids)
	};
	const forum = createForumService({
		db,
		clock,
		logger,
		origin: env.ORIGIN,
		media: forumMedia,
		mediaReleased: (ids) => checkUnusedLater(jobs, clock, ids),
		hooks: { preparePost: notifications.preparePost, posted: notifications.posted },
		// The member is told by email what staff did and why (the forum shows it on the item too).
		onModerated: (event) => emailModeration({ db, jobs, origin: env.ORIGIN }, event)
	});
	await forum.ensureCategories();
	// Posts written before search existed (or by code that does not index) get their search copy.
	await forum.indexMissingPosts();
	// Uploads nothing shows any more go a day later; stories say what they show (created below).
	let stories: StoriesService | undefined;
	const unusedMedia = createUnusedMediaCheck({
		db,
		storage,
		clock,
		inUse: async (subject) =>
			subject.startsWith('story:') && stories
				? stories.mediaInUse(subject.slice('story:'.length))
				: subject.startsWith('forum-')
					? forum.forumMediaInUse(subject)
					: null
	});
	await jobs.work<{ ids: string[] }>(unusedCheckQueue, async ({ ids }) => {
		await unusedMedia.removeIfUnused(ids);
	});
	const credentials = createCredentialsService({
		db,
		clock,
		origin: env.ORIGIN,
		cityName: env.CITY_NAME_EN,
		cityNameKo: env.CITY_NAME_KO,
		secret: env.CREDENTIALS_KEY,
		storage,
		mateOf: (userId, cohortId) => mates.membershipFacts(userId, cohortId),
		// A revoked Mate's page loses its "Verify" link.
		onRevoked: (userId) => pages.invalidate([mateTag(userId)])
	});
	late.credentials = credentials;
	await credentials.ensureSigningKey();
	await credentials.ensureStatusList();
	const fontsMissing = credentials.certificateFontsMissing();
	if (fontsMissing) logger.warn(fontsMissing);
	await jobs.work<{ userId: string; cohortId: string }>(issueQueue, async ({ userId, cohortId }) => {
		// The Mate's public page gains its "Verify" link.
		if (await credentials.issueFor(userId, cohortId)) pages.invalidate([mateTag(userId)]);
	});
	const symbols = createSymbolsService(symbolsDeps({ db, clock, jobs, env, mates, credentials }));
	await jobs.work<{ userId: string }>(siteCheckQueue, ({ userId }) => symbols.checkSitesNow(userId));
	await jobs.work(siteSweepQueue, async () => {
		await symbols.sweepSites();
		await symbols.scheduleSweep(24 * 3600_000);
	});
	// The first visit to Mates' sites waits a few hours after a start (restarts do not re-crawl).
	await symbols.scheduleSweep(6 * 3600_000);
	const app: App = {
		env,
		handle,
		db,
		logger,
		clock,
		mailer,
		storage,
		jobs,
		metrics: createMetrics({ poolStats: handle.poolStats, queueSizes: jobs.queueSizes, pageCache }),
		auth,
		accounts: createAccountsService({
			db,
			auth,
			jobs,
			throttle,
			origin: env.ORIGIN,
			currentPrivacyVersion,
			rolesOf: roles
		}),
		staff: createStaffService({ db, auth, jobs, clock, origin: env.ORIGIN }),
		privacy,
		tokens: createTokenService({ db, clock, rolesOf: roles }),
		mates,
		credentials,
		symbols,
		stories: (stories = createStoriesService({
			db,
			clock,
			pages,
			attachments: {
				imageSubjects: async (ids) => subjectsOf(await media.imagesByIds(ids)),
				videoSubjects: async (ids) => subjectsOf(await videos.videosByIds(ids))
			},
			mediaReleased: (ids) => checkUnusedLater(jobs, clock, ids)
		})),
		unusedMedia,
		forum,
		notifications,
		media,
		videos,
		pages: pageCache,
		startedAt: clock.now(),
		async stop() {
			await pages.stop();
			await jobs.stop().catch((err) => logger.warn({ err }, 'job queue did not stop cleanly'));
			mailer.close();
			await handle.close();
		}
	};
	return app;
}

const subjectsOf = (rows: Map<string, { subject: string }>) =>
	new Map([...rows].map(([id, row]) => [id, row.subject]));

let current: App | null = null;
let starting: Promise<App> | null = null;

/** Opens the database, migrates, and builds the process-wide app (called from the server init hook). */
export function startApp(env: Env = loadEnv()): Promise<App> {
	starting ??= (async () => {
		const handle = await openDatabase({
			url: env.DATABASE_URL,
			dataDir: env.dataDir,
			poolMax: env.DATABASE_POOL_MAX
		});
		try {
			await runMigrations(handle);
			current = await buildApp({ env, handle });
			if (env.PAGE_CACHE) sharePageCache(current.pages);
			return current;
		} catch (err) {
			await handle.close().catch(() => undefined);
			throw err;
		}
	})();
	return starting;
}

/** The running app; only valid after startApp resolved. */
export function app(): App {
	if (!current) throw new Error('The app has not started yet');
	return current;
}

/** Closes jobs, mail and the database; safe to call twice. */
export async function stopApp(): Promise<void> {
	const running = current;
	current = null;
	starting = null;
	sharePageCache(null);
	if (running) await running.stop();
}
