import { and, eq, inArray, not } from 'drizzle-orm';
import type { Clock } from '../core/clock.ts';
import type { Executor } from '../core/db.ts';
import type { PersonalDataSource } from '../privacy/personal-data.ts';
import { publishedBy } from './reading.ts';
import { story } from './schema.ts';

/**
 * A person's stories in their data export, and on account deletion: everything goes, or (the default
 * setting) stories already public stay without their name and the rest goes.
 */
export function storiesPersonalData(clock: Clock): PersonalDataSource {
	return {
		name: 'stories',
		async export(db, person) {
			return db
				.select({
					id: story.id,
					kind: story.kind,
					language: story.language,
					title: story.title,
					slug: story.slug,
					summary: story.summary,
					body: story.body,
					topics: story.topics,
					districts: story.districts,
					places: story.places,
					status: story.status,
					publishedAt: story.publishedAt,
					createdAt: story.createdAt,
					updatedAt: story.updatedAt
				})
				.from(story)
				.where(eq(story.authorId, person.id));
		},
		async erase(db, person, policy) {
			const mine = eq(story.authorId, person.id);
			// Kept stories lose their writer when the account row goes (the key is set to null).
			await db
				.delete(story)
				.where(policy.content === 'delete' ? mine : and(mine, not(publishedBy(clock.now())!)));
		}
	};
}

/** Which of these media subjects (`story:<id>`) are stories that still exist, so their files stay. */
export async function storySubjectsInUse(db: Executor, subjects: string[]): Promise<Set<string>> {
	const ids = subjects.flatMap((s) => (s.startsWith('story:') ? [s.slice('story:'.length)] : []));
	if (ids.length === 0) return new Set();
	const rows = await db.select({ id: story.id }).from(story).where(inArray(story.id, ids));
	return new Set(rows.map((r) => `story:${r.id}`));
}
