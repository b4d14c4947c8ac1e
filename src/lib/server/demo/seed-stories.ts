import { eq } from 'drizzle-orm';
import type { App } from '../app.ts';
import { user } from '../accounts/schema.ts';
import type { ActionContext } from '../audit/service.ts';
import { demoMoreMates, demoStories } from './stories.ts';

const system: ActionContext = { actorId: null, actorEmail: null };

/** DEMO DATA: last year's cohort (now alumni), for the directory's cohort filter and alumni badges. */
const demoAlumniCohort = {
	year: '2025',
	termStart: '2025-05-01',
	termEnd: '2026-04-30',
	sizeTarget: '100',
	applicationsOpen: '2025-02-03T09:00',
	applicationsClose: '2025-03-14T18:00',
	languages: 'en, es, fr, hi'
};

/**
 * More Mates (through the CSV import, as a city would) and the demo stories, taken through the real
 * workflow: created by their writer, submitted, and published by the demo reviewer at past dates.
 */
export async function seedDemoStories(app: App, currentYear: number, reviewerEmail: string) {
	if (!(await app.mates.listCohorts()).some((c) => c.year === 2025))
		await app.mates.openCohort(system, demoAlumniCohort);
	const header = 'email,name_native,name_latin,country,city,languages,links';
	for (const [year, rows] of [
		[2025, demoMoreMates[2025]],
		[currentYear, demoMoreMates[2026]]
	] as const)
		await app.mates.importCohort(system, year, [header, ...rows.map((r) => r.join(','))].join('\n'), {
			dryRun: false
		});

	const idOf = async (email: string) =>
		(await app.db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0]?.id;
	const reviewerId = await idOf(reviewerEmail);
	const now = app.clock.now().getTime();
	for (const s of demoStories) {
		const authorId = await idOf(s.author);
		if (!authorId || !reviewerId) continue;
		const writer = { userId: authorId, reviewer: false };
		const { id } = await app.stories.createStory(writer, {
			title: s.title,
			summary: s.summary,
			language: s.language,
			topics: s.topics,
			districts: s.districts,
			places: s.places,
			bodyText: s.paragraphs.join('\n\n')
		});
		if (s.state === 'draft') continue;
		await app.stories.moveStory(writer, id, 'submit');
		if (s.state === 'submitted') continue;
		const publishAt = new Date(now - (s.daysAgo ?? 1) * 86_400_000).toISOString();
		await app.stories.moveStory({ userId: reviewerId, reviewer: true }, id, 'publish', { publishAt });
	}
}
