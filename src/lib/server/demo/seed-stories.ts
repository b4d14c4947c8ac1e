import { eq } from 'drizzle-orm';
import type { App } from '../app.ts';
import { user } from '../accounts/schema.ts';
import type { ActionContext } from '../audit/service.ts';
import { demoMoreMates, demoStories } from './stories.ts';
import { demoCovers, demoMediaStories, type DemoMediaStory } from './media-stories.ts';
import { attachDemoMedia, demoVideoMaker } from './seed-media.ts';

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
 * workflow: created by their writer with their pictures or video, submitted, and published by the
 * demo reviewer at past dates. A story that cannot be loaded (say its pictures fail) is logged and
 * the rest go on, so the demo always starts; a photo or video story left without its media stays a
 * draft. Stories already there (by writer and title) are not added twice.
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

	const reviewerId = await idOf(app, reviewerEmail);
	if (!reviewerId) return;
	const seeding: Seeding = {
		app,
		reviewerId,
		ids: new Map(),
		video: demoVideoMaker(app.logger)
	};
	const stories: DemoMediaStory[] = [
		...demoStories.map((s) => ({ ...s, cover: demoCovers[s.title] })),
		...demoMediaStories
	];
	for (const s of stories) {
		try {
			await seedStory(seeding, s);
		} catch (err) {
			app.logger.warn({ err, story: s.title }, 'demo data: a story could not be loaded');
		}
	}
}

interface Seeding {
	app: App;
	reviewerId: string;
	/** Story ids by title, for translations to link to. */
	ids: Map<string, string>;
	/** The pictures uploaded, whose variants are made after anything people upload. */
	video: () => Promise<Buffer | null>;
}

async function idOf(app: App, email: string) {
	return (await app.db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0]?.id;
}

async function seedStory({ app, reviewerId, ids, video }: Seeding, s: DemoMediaStory) {
	const authorId = await idOf(app, s.author);
	if (!authorId) return;
	const already = (await app.stories.storiesBy(authorId)).find((mine) => mine.title === s.title);
	if (already) return void ids.set(s.title, already.id);
	const videoFile = s.video && 'upload' in s.video ? await video() : null;
	if (s.video && 'upload' in s.video && !videoFile) return;

	const writer = { userId: authorId, reviewer: false };
	const fields = {
		title: s.title,
		summary: s.summary,
		language: s.language,
		topics: s.topics,
		districts: s.districts,
		places: s.places,
		bodyText: s.paragraphs.join('\n\n'),
		translationOf: s.translationOf ? ids.get(s.translationOf) : undefined,
		videoLink: s.video && 'link' in s.video ? s.video.link : undefined
	};
	const { id } = await app.stories.createStory(writer, { ...fields, kind: s.kind ?? 'article' });
	ids.set(s.title, id);
	const hasMedia = await attachDemoMedia(app, authorId, id, s, videoFile)
		.then(async (media) => {
			if (media) await app.stories.saveStory(writer, id, { ...fields, ...media });
			return !!media;
		})
		.catch((err) => {
			app.logger.warn({ err, story: s.title }, 'demo data: pictures or video could not be added');
			return false;
		});
	if (s.state === 'draft') return;
	const needsMedia = s.kind === 'photos' || (s.kind === 'video' && !fields.videoLink);
	if (needsMedia && !hasMedia) return;
	await app.stories.moveStory(writer, id, 'submit');
	if (s.state === 'submitted') return;
	const publishAt = new Date(app.clock.now().getTime() - (s.daysAgo ?? 1) * 86_400_000).toISOString();
	await app.stories.moveStory({ userId: reviewerId, reviewer: true }, id, 'publish', { publishAt });
}
