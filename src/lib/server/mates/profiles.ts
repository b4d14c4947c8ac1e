import { and, arrayContains, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Clock } from '../core/clock.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newSecret } from '../core/ids.ts';
import type { Storage } from '../core/storage.ts';
import { parseInput } from '../core/validation.ts';
import { inspectImage, squarePortrait } from '../media/images.ts';
import { likePattern } from '../core/search.ts';
import { inList } from '../core/prepared.ts';
import { cohortPhase } from './phase.ts';
import { mateListTag, mateTag } from './page-tags.ts';
import type { PageInvalidation } from '../core/page-cache.ts';
import { cohort, mateProfile, membership } from './schema.ts';
import { profileInput } from './schemas.ts';

export interface ProfilesDeps {
	db: Database;
	clock: Clock;
	storage: Storage;
	/** Public pages showing a Mate are rendered afresh once their profile changes. */
	pages: PageInvalidation;
}

/** Portraits are stored square at this size; the pages show them at most this large. */
export const portraitSize = 480;

/** A cohort a Mate served in, and whether that term is still running. */
export interface Term {
	year: number;
	current: boolean;
}

/** The directory's filters, as they come from the query string. */
export interface DirectoryFilter {
	country?: string;
	language?: string;
	cohort?: number;
}

/**
 * Mates' public profiles: what visitors see in the directory and on each Mate's page, edited by the
 * Mate (or a programme manager), with a portrait cropped and stripped of metadata on upload.
 */
export function createProfilesService(deps: ProfilesDeps) {
	const { db } = deps;

	/** Every term of the given people, newest first, with alumni told apart from current Mates. */
	const termsOf = async (userIds: string[]) => {
		const terms = new Map<string, Term[]>();
		if (userIds.length === 0) return terms;
		const rows = await db
			.select({ userId: membership.userId, cohort })
			.from(membership)
			.innerJoin(cohort, eq(cohort.id, membership.cohortId))
			.where(inArray(membership.userId, userIds))
			.orderBy(desc(cohort.year));
		const now = deps.clock.now();
		for (const { userId, cohort: c } of rows) {
			const list = terms.get(userId) ?? [];
			list.push({ year: c.year, current: cohortPhase(c, now) !== 'ended' });
			terms.set(userId, list);
		}
		return terms;
	};

	// Every story page names its writer and the writers of related stories: prepared once.
	const profileOf = db
		.select()
		.from(mateProfile)
		.where(eq(mateProfile.userId, sql.placeholder('userId')))
		.prepare('mate_profile_of_user');
	const profilesOf = db
		.select()
		.from(mateProfile)
		.where(inList(mateProfile.userId, 'ids'))
		.prepare('mate_profiles_of_users');

	return {
		/** One Mate's public page by its address, with their terms; null when there is no such Mate. */
		async profileBySlug(slug: string) {
			if (!slug || slug.length > 80) return null;
			const [p] = await db.select().from(mateProfile).where(eq(mateProfile.slug, slug));
			if (!p) return null;
			return { ...p, terms: (await termsOf([p.userId])).get(p.userId) ?? [] };
		},

		/** The signed-in Mate's own profile, for the account menu and the edit page. */
		async profileOfUser(userId: string | null) {
			if (!userId) return null;
			const [p] = await profileOf.execute({ userId });
			return p ?? null;
		},

		/** Several people's profiles in one query, by user id, for lists that name their writers. */
		async profilesOfUsers(userIds: (string | null)[]) {
			const ids = [...new Set(userIds.filter((id): id is string => !!id))];
			if (ids.length === 0) return new Map<string, typeof mateProfile.$inferSelect>();
			const rows = await profilesOf.execute({ ids });
			return new Map(rows.map((p) => [p.userId, p]));
		},

		/** Mates in the directory, filtered by country, language and cohort, by name. */
		async directory(filter: DirectoryFilter) {
			const where: SQL[] = [];
			if (filter.country) where.push(eq(mateProfile.country, filter.country));
			if (filter.language) where.push(arrayContains(mateProfile.languages, [filter.language]));
			if (filter.cohort) {
				const inCohort = db
					.select({ userId: membership.userId })
					.from(membership)
					.innerJoin(cohort, eq(cohort.id, membership.cohortId))
					.where(eq(cohort.year, filter.cohort));
				where.push(inArray(mateProfile.userId, inCohort));
			}
			const rows = await db
				.select()
				.from(mateProfile)
				.where(and(...where))
				.orderBy(asc(mateProfile.displayName))
				.limit(500);
			const terms = await termsOf(rows.map((r) => r.userId));
			return rows.map((r) => ({ ...r, terms: terms.get(r.userId) ?? [] }));
		},

		/**
		 * People by their handle (their page's address), for forum mentions: handle → user id and
		 * display name. Handles nobody has are left out.
		 */
		async peopleByHandles(handles: string[]) {
			const wanted = [...new Set(handles)].filter((h) => h.length <= 80);
			if (wanted.length === 0) return new Map<string, { userId: string; name: string }>();
			const rows = await db
				.select({ slug: mateProfile.slug, userId: mateProfile.userId, name: mateProfile.displayName })
				.from(mateProfile)
				.where(inArray(mateProfile.slug, wanted));
			return new Map(rows.map((r) => [r.slug, { userId: r.userId, name: r.name }]));
		},

		/** Mates whose handle starts with, or whose name contains, what was typed after `@`. */
		async handlesLike(typed: string, limit = 8) {
			const term = typed.trim().toLowerCase();
			if (!term || term.length > 80) return [];
			return db
				.select({ handle: mateProfile.slug, userId: mateProfile.userId, name: mateProfile.displayName })
				.from(mateProfile)
				.where(
					// likePattern without its leading % : the handle starts with what was typed.
					sql`(${mateProfile.slug} like ${likePattern(term).slice(1)} or lower(${mateProfile.displayName}) like ${likePattern(term)})`
				)
				.orderBy(asc(mateProfile.slug))
				.limit(limit);
		},

		/** Mates whose name, city or introduction contains every word of the query. */
		async searchMates(terms: string[], limit = 12) {
			if (terms.length === 0) return [];
			const haystack = sql`lower(${mateProfile.displayName} || ' ' || ${mateProfile.nameNative} || ' ' || ${mateProfile.nameLatin} || ' ' || ${mateProfile.city} || ' ' || ${mateProfile.bio}::text)`;
			return db
				.select()
				.from(mateProfile)
				.where(and(...terms.map((term) => sql`${haystack} like ${likePattern(term)}`)))
				.orderBy(asc(mateProfile.displayName))
				.limit(limit);
		},

		/** Every Mate's page address and the sites they list, for the symbols' site checks. */
		async listedSitesOfMates() {
			return db
				.select({
					userId: mateProfile.userId,
					slug: mateProfile.slug,
					name: mateProfile.displayName,
					links: mateProfile.links
				})
				.from(mateProfile)
				.orderBy(asc(mateProfile.slug));
		},

		/** Every Mate's page address and last change, for the sitemap. */
		async profileAddresses() {
			return db
				.select({ slug: mateProfile.slug, updatedAt: mateProfile.updatedAt })
				.from(mateProfile)
				.orderBy(asc(mateProfile.slug));
		},

		/** How many Mates each country has (for the map), most first. */
		async countriesOfMates() {
			return db
				.select({ country: mateProfile.country, mates: count() })
				.from(mateProfile)
				.groupBy(mateProfile.country)
				.orderBy(desc(count()), asc(mateProfile.country));
		},

		/** The user ids of the Mates from one country (ISO 3166 alpha-2), e.g. to list their stories. */
		async userIdsFromCountry(country: string): Promise<string[]> {
			const rows = await db
				.select({ userId: mateProfile.userId })
				.from(mateProfile)
				.where(eq(mateProfile.country, country.toUpperCase()));
			return rows.map((r) => r.userId);
		},

		/** Saves a profile's text: name, city, languages, links and bios. Others' edits are audited. */
		async updateProfile(ctx: ActionContext, userId: string, input: unknown) {
			const data = parseInput(profileInput, input);
			await db.transaction(async (tx) => {
				const [updated] = await tx
					.update(mateProfile)
					.set({ ...data, updatedAt: deps.clock.now() })
					.where(eq(mateProfile.userId, userId))
					.returning({ slug: mateProfile.slug });
				if (!updated) throw new AppError('not_found', 'No such profile');
				if (ctx.actorId !== userId)
					await recordAudit(tx, ctx, {
						action: 'profile.update',
						targetType: 'mate',
						targetId: updated.slug
					});
			});
			deps.pages.invalidate([mateTag(userId), mateListTag]);
		},

		/** Replaces the portrait: checked, cropped square, re-encoded without metadata; the old file goes. */
		async setPortrait(ctx: ActionContext, userId: string, bytes: Uint8Array) {
			const [p] = await db.select().from(mateProfile).where(eq(mateProfile.userId, userId));
			if (!p) throw new AppError('not_found', 'No such profile');
			await inspectImage(bytes, 'photo');
			const portrait = await squarePortrait(bytes, portraitSize);
			const key = `profiles/${userId}/${newSecret(12)}.webp`;
			await deps.storage.put(key, portrait);
			try {
				await db
					.update(mateProfile)
					.set({ photoKey: key, updatedAt: deps.clock.now() })
					.where(eq(mateProfile.userId, userId));
			} catch (err) {
				await deps.storage.remove(key);
				throw err;
			}
			deps.pages.invalidate([mateTag(userId), mateListTag]);
			if (p.photoKey) await deps.storage.remove(p.photoKey);
			if (ctx.actorId !== userId)
				await recordAudit(db, ctx, { action: 'profile.photo', targetType: 'mate', targetId: p.slug });
			return key;
		}
	};
}

export type ProfilesService = ReturnType<typeof createProfilesService>;
