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
import { matesPersonalData } from './mates/personal-data.ts';
import { credentialsPersonalData } from './credentials/personal-data.ts';
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
	stories: StoriesService;
	/** The Mates forum: categories, topics, replies and reading marks. */
	forum: ForumService;
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
	const personalData = [
		matesPersonalData(storage),
		credentialsPersonalData,
		storiesPersonalData(clock),
		mediaPersonalData({ storage, subjectsInUse: storySubjectsInUse }),
		forumPersonalData,
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
	const videos = createVideoService({ db, storage, jobs, clock });
	await jobs.work<{ id: string }>(posterQueue, async ({ id }) => refreshStoryOf(await videos.makePoster(id)));
	await jobs.work(sweepQueue, async () => {
		await videos.sweepExpiredUploads();
	});
	// Uploads nothing shows any more go a day later; stories say what they show (created below).
	let stories: StoriesService | undefined;
	const unusedMedia = createUnusedMediaCheck({
		db,
		storage,
		clock,
		inUse: async (subject) =>
			subject.startsWith('story:') && stories ? stories.mediaInUse(subject.slice('story:'.length)) : null
	});
	await jobs.work<{ ids: string[] }>(unusedCheckQueue, async ({ ids }) => {
		await unusedMedia.removeIfUnused(ids);
	});
	const roles = (userId: string) => rolesOf(db, userId);
	const forum = createForumService({ db, clock, logger });
	await forum.ensureCategories();
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
	const credentials = createCredentialsService({
		db,
		clock,
		origin: env.ORIGIN,
		cityName: env.CITY_NAME_EN,
		secret: env.CREDENTIALS_KEY,
		mateOf: (userId, cohortId) => mates.membershipFacts(userId, cohortId)
	});
	await credentials.ensureSigningKey();
	await jobs.work<{ userId: string; cohortId: string }>(issueQueue, async ({ userId, cohortId }) => {
		// The Mate's public page gains its "Verify" link.
		if (await credentials.issueFor(userId, cohortId)) pages.invalidate([mateTag(userId)]);
	});
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
