import { and, asc, desc, eq, gt, ne, type SQL } from 'drizzle-orm';
import { user } from '../accounts/schema.ts';
import type { Clock } from '../core/clock.ts';
import type { Database, Executor } from '../core/db.ts';
import type { PageInvalidation } from '../core/page-cache.ts';
import { AppError } from '../core/errors.ts';
import { cjkBigrams } from '../core/search.ts';
import { newId } from '../core/ids.ts';
import { slugify, uniqueSlug } from '../core/slug.ts';
import { parseInput } from '../core/validation.ts';
import { plainText, type StoryDocument } from '../content/document.ts';
import { storyListTag, storyPageTag } from './page-tags.ts';
import { createStoryReading, publishedBy } from './reading.ts';
import { story, storyEvent, storyRevision, type StoryStatus } from './schema.ts';
import { kindInput, publishInput, requestChangesInput, saveStoryInput } from './schemas.ts';
import {
	mediaIdsOf,
	storyMediaFrom,
	submitProblems,
	translationGroupFor,
	type AttachmentLookup
} from './kinds.ts';
import { videoFrom, type StoryPhoto } from './media.ts';
import { actionsOpen, authorCanEdit, storyActions, type StoryAction } from './workflow.ts';

export interface StoriesDeps {
	db: Database;
	clock: Clock;
	/** Public pages showing a story are rendered afresh once it changes for visitors. */
	pages: PageInvalidation;
	/** Whose uploads the cover, photos and video are (the media module knows). */
	attachments: AttachmentLookup;
	/** Uploads a save took out of a story: the media module removes them later if nothing uses them. */
	mediaReleased?: (ids: string[]) => Promise<void>;
}

/** Who is acting on a story: their id, and whether they review (checked by the route's policy). */
export interface StoryActor {
	userId: string;
	reviewer: boolean;
}

type StoryRow = typeof story.$inferSelect;

/** A published story whose time has not come yet shows as scheduled. */
export function displayStatus(
	s: Pick<StoryRow, 'status' | 'publishedAt'>,
	now: Date
): StoryStatus | 'scheduled' {
	return s.status === 'published' && s.publishedAt && s.publishedAt > now ? 'scheduled' : s.status;
}

const notFound = () => new AppError('not_found', 'No such story');

/**
 * What search looks through: what a reader knows the story by (matched with ILIKE, so case is kept
 * for snippets), and its Korean/Japanese/Chinese letter pairs for two-letter words.
 */
export function searchFieldsOf(d: {
	title: string;
	summary: string;
	places: string[];
	body: StoryDocument;
	photos?: StoryPhoto[];
}) {
	const searchText = [
		d.title,
		d.summary,
		d.places.join(' '),
		plainText(d.body),
		...(d.photos ?? []).map((p) => p.caption)
	].join('\n');
	return { searchText, searchGrams: cjkBigrams(searchText) };
}

/**
 * Stories from draft to publication: writing and saving (autosave included), the review workflow
 * with every step recorded, scheduled publishing, and revisions of published text.
 */
export function createStoriesService(deps: StoriesDeps) {
	const { db } = deps;
	const now = () => deps.clock.now();

	const load = async (tx: Executor, id: string, lock = false) => {
		const q = tx.select().from(story).where(eq(story.id, id));
		const [found] = lock ? await q.for('update') : await q;
		if (!found) throw notFound();
		return found;
	};

	const slugFor = (tx: Executor, title: string, except?: string) =>
		uniqueSlug(slugify(title, 'story', 80), async (s) => {
			const [taken] = await tx
				.select({ id: story.id })
				.from(story)
				.where(except ? and(eq(story.slug, s), ne(story.id, except)) : eq(story.slug, s));
			return !!taken;
		});

	const record = (
		tx: Executor,
		s: StoryRow,
		actorId: string,
		action: string,
		to: StoryStatus,
		comment?: string
	) =>
		tx.insert(storyEvent).values({
			id: newId(),
			storyId: s.id,
			actorId,
			action,
			fromStatus: s.status,
			toStatus: to,
			comment: comment || null,
			createdAt: now()
		});

	const publicWhere = () => publishedBy(now());

	/** After a change visitors can see has committed: the story's page and every list of stories. */
	const reading = createStoryReading(deps);
	const republish = (id: string) => {
		reading.forgetCounts();
		deps.pages.invalidate([storyPageTag(id), storyListTag]);
	};

	return {
		...reading,

		/** A Mate starts a story; it stays a private draft until they submit it. */
		async createStory(actor: StoryActor, input: unknown) {
			const {
				coverImageId: _c,
				photos: _p,
				videoId: _v,
				videoLink,
				translationOf,
				...data
			} = parseInput(saveStoryInput, input);
			const { kind } = parseInput(kindInput, input);
			return db.transaction(async (tx) => {
				const id = newId();
				const base = { id, authorId: actor.userId, translationGroup: null };
				const row = {
					...base,
					kind,
					...data,
					video: videoFrom({ videoLink }),
					translationGroup: await translationGroupFor(tx, base, data.language, translationOf),
					...searchFieldsOf(data),
					slug: await slugFor(tx, data.title),
					createdAt: now(),
					updatedAt: now()
				};
				await tx.insert(story).values(row);
				await tx.insert(storyEvent).values({
					id: newId(),
					storyId: id,
					actorId: actor.userId,
					action: 'create',
					fromStatus: 'draft',
					toStatus: 'draft',
					createdAt: now()
				});
				return { id, slug: row.slug };
			});
		},

		/**
		 * Saves the author's text (also what autosave calls). Only the author, and not while a reviewer
		 * has it; once published, the earlier text is kept as a revision first.
		 */
		async saveStory(actor: StoryActor, id: string, input: unknown) {
			const { coverImageId, photos, videoId, videoLink, translationOf, ...data } = parseInput(
				saveStoryInput,
				input
			);
			const media = await storyMediaFrom(deps.attachments, id, { coverImageId, photos, videoId, videoLink });
			return db
				.transaction(async (tx) => {
					const s = await load(tx, id, true);
					if (s.authorId !== actor.userId) throw new AppError('forbidden', 'Not your story');
					if (!authorCanEdit(s.status)) throw new AppError('story_locked', 'Under review');
					const wasPublic = s.status === 'published' || s.status === 'unpublished';
					if (wasPublic)
						await tx.insert(storyRevision).values({
							id: newId(),
							storyId: id,
							version: s.version,
							title: s.title,
							summary: s.summary,
							body: s.body,
							coverImageId: s.coverImageId,
							photos: s.photos,
							video: s.video,
							editedBy: s.authorId,
							createdAt: s.updatedAt
						});
					// The address is settled at first publication; drafts follow their title.
					const slug = s.publishedAt ? s.slug : await slugFor(tx, data.title, id);
					await tx
						.update(story)
						.set({
							...data,
							...media,
							translationGroup: await translationGroupFor(tx, s, data.language, translationOf),
							...searchFieldsOf({ ...data, photos: media.photos }),
							slug,
							version: wasPublic ? s.version + 1 : s.version,
							updatedAt: now()
						})
						.where(eq(story.id, id));
					const kept = new Set(mediaIdsOf({ ...media, body: data.body }));
					const released = mediaIdsOf(s).filter((m) => !kept.has(m));
					return { slug, savedAt: now(), wasPublic, released };
				})
				.then(async ({ wasPublic, released, ...saved }) => {
					if (wasPublic) republish(id);
					if (released.length) await deps.mediaReleased?.(released);
					return saved;
				});
		},

		/** Takes a workflow step (submit, request changes, publish, …), checked against the rules and recorded. */
		async moveStory(actor: StoryActor, id: string, action: StoryAction, input: unknown = {}) {
			if (!Object.hasOwn(storyActions, action)) throw new AppError('validation_failed', 'Unknown action');
			return db
				.transaction(async (tx) => {
					const s = await load(tx, id, true);
					const as = {
						author: s.authorId === actor.userId,
						reviewer: actor.reviewer && s.authorId !== actor.userId
					};
					if (!actionsOpen(s.status, as).includes(action)) {
						const allowedSomehow = actionsOpen(s.status, { author: true, reviewer: true }).includes(action);
						throw allowedSomehow
							? new AppError('forbidden', 'Not yours to do')
							: new AppError('story_locked', 'Not in this status', { params: { status: s.status } });
					}
					const to = storyActions[action].to;
					let comment: string | undefined;
					const changes: Partial<StoryRow> = { status: to, updatedAt: now() };
					if (action === 'submit') {
						const problems = submitProblems(s);
						if (problems) throw problems;
					}
					if (action === 'requestChanges') comment = parseInput(requestChangesInput, input).comment;
					if (action === 'publish') {
						const p = parseInput(publishInput, input);
						comment = p.comment;
						changes.publishedAt =
							p.publishAt ?? (s.status === 'unpublished' && s.publishedAt ? s.publishedAt : now());
					}
					await tx.update(story).set(changes).where(eq(story.id, id));
					await record(tx, s, actor.userId, action, to, comment);
					return { status: to, slug: s.slug, seen: s.status === 'published' || to === 'published' };
				})
				.then(({ seen, ...moved }) => {
					if (seen) republish(id);
					return moved;
				});
		},

		/**
		 * A reviewer features a published story on the home page, or stops featuring it; recorded in the
		 * story's history like every other step.
		 */
		async featureStory(actor: StoryActor, id: string, featured: boolean) {
			if (!actor.reviewer) throw new AppError('forbidden', 'Reviewers feature stories');
			await db.transaction(async (tx) => {
				const s = await load(tx, id, true);
				if (s.status !== 'published')
					throw new AppError('story_locked', 'Only published stories', { params: { status: s.status } });
				if (!!s.featuredAt === featured) return;
				await tx
					.update(story)
					.set({ featuredAt: featured ? now() : null })
					.where(eq(story.id, id));
				await record(tx, s, actor.userId, featured ? 'feature' : 'unfeature', s.status);
			});
			republish(id);
		},

		/** A story for its author or a reviewer, with what each may do next. */
		async storyForWork(actor: StoryActor, id: string) {
			const s = await load(db, id);
			const author = s.authorId === actor.userId;
			if (!author && !actor.reviewer) throw new AppError('forbidden', 'Not your story');
			return {
				...s,
				shownStatus: displayStatus(s, now()),
				actions: actionsOpen(s.status, { author, reviewer: actor.reviewer && !author }),
				editable: author && authorCanEdit(s.status)
			};
		},

		/** Every step the story took, oldest first, with who took it. */
		async storyHistory(id: string) {
			return db
				.select({
					action: storyEvent.action,
					toStatus: storyEvent.toStatus,
					comment: storyEvent.comment,
					createdAt: storyEvent.createdAt,
					actor: user.name
				})
				.from(storyEvent)
				.leftJoin(user, eq(user.id, storyEvent.actorId))
				.where(eq(storyEvent.storyId, id))
				.orderBy(asc(storyEvent.seq));
		},

		/** Earlier versions of a published story's text, newest first. */
		async storyRevisions(id: string) {
			return db
				.select()
				.from(storyRevision)
				.where(eq(storyRevision.storyId, id))
				.orderBy(desc(storyRevision.version));
		},

		/** What a story shows now and in its kept revisions: its uploads that must stay. */
		async mediaInUse(storyId: string): Promise<Set<string>> {
			const columns = {
				body: story.body,
				photos: story.photos,
				coverImageId: story.coverImageId,
				video: story.video
			};
			const [now, revisions] = await Promise.all([
				db.select(columns).from(story).where(eq(story.id, storyId)),
				db
					.select({
						body: storyRevision.body,
						photos: storyRevision.photos,
						coverImageId: storyRevision.coverImageId,
						video: storyRevision.video
					})
					.from(storyRevision)
					.where(eq(storyRevision.storyId, storyId))
			]);
			return new Set([...now, ...revisions].flatMap(mediaIdsOf));
		},

		/** The author's own stories, most recently touched first. */
		async storiesBy(authorId: string) {
			const rows = await db
				.select({
					id: story.id,
					title: story.title,
					slug: story.slug,
					status: story.status,
					publishedAt: story.publishedAt,
					updatedAt: story.updatedAt,
					language: story.language
				})
				.from(story)
				.where(eq(story.authorId, authorId))
				.orderBy(desc(story.updatedAt));
			return rows.map((r) => ({ ...r, shownStatus: displayStatus(r, now()) }));
		},

		/** The reviewers' queue: waiting stories oldest first; scheduled and published newest first. */
		async reviewQueue(status: 'submitted' | 'scheduled' | 'published' | 'unpublished') {
			const where: SQL | undefined =
				status === 'scheduled'
					? and(eq(story.status, 'published'), gt(story.publishedAt, now()))
					: status === 'published'
						? publicWhere()
						: eq(story.status, status);
			return db
				.select({
					id: story.id,
					title: story.title,
					language: story.language,
					status: story.status,
					updatedAt: story.updatedAt,
					publishedAt: story.publishedAt,
					author: user.name
				})
				.from(story)
				.innerJoin(user, eq(user.id, story.authorId))
				.where(where)
				.orderBy(status === 'submitted' ? asc(story.updatedAt) : desc(story.publishedAt))
				.limit(200);
		}
	};
}

export type StoriesService = ReturnType<typeof createStoriesService>;
