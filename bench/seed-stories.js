// Fills a database with many published stories for the story benchmarks (bench/stories.js), on the
// same server modules the app runs (Node 24 runs the .ts files directly):
//   node_modules/.bin/node bench/seed-stories.js <count>   (DATA_DIR, or DATABASE_URL for PostgreSQL)
// Loads the demo data first (Mates, reviewers, two dozen hand-written stories), then copies the demo's
// published stories with numbered titles, longer bodies and spread-out dates, in batches of 500.
// Benchmark data only: the copies say so in their summaries.
import { eq, sql } from 'drizzle-orm';
import { buildApp } from '../src/lib/server/app.ts';
import { openDatabase } from '../src/lib/server/core/db.ts';
import { loadEnv } from '../src/lib/server/core/env.ts';
import { runMigrations } from '../src/lib/server/core/migrations.ts';
import { newId } from '../src/lib/server/core/ids.ts';
import { ensureDemoData } from '../src/lib/server/demo/seed.ts';
import { story } from '../src/lib/server/stories/schema.ts';
import { searchFieldsOf } from '../src/lib/server/stories/service.ts';

const count = Number(process.argv[2] ?? 10_000);
const env = loadEnv({ ...process.env, LOG_LEVEL: 'warn', DEMO_DATA: 'true' });
const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.dataDir, poolMax: 4 });
await runMigrations(handle);
// Jobs run here, to the end, before the benchmark starts: no picture is still being made under load.
const app = await buildApp({ env, handle, pollJobs: false });
try {
	await ensureDemoData(app);
	const originals = await app.db.select().from(story).where(eq(story.status, 'published'));
	if (originals.length === 0) throw new Error('The demo data has no published stories to copy');
	const existing = (await app.db.select({ id: story.id }).from(story)).length;
	const started = performance.now();
	for (let done = 0; done < count;) {
		const batch = [];
		for (let i = 0; i < 500 && done < count; i++, done++) {
			const o = originals[done % originals.length];
			const n = existing + done;
			// About four times the demo text: a long read, like the article the anchors were measured with.
			const body = { ...o.body, content: [1, 2, 3, 4].flatMap(() => o.body.content) };
			const title = `${o.title} · ${n}`;
			const summary = `${o.summary} (benchmark copy ${n})`;
			const publishedAt = new Date(Date.now() - (n + 1) * 3_600_000);
			batch.push({
				...o,
				id: newId(),
				title,
				summary,
				slug: `${o.slug}-${n}`,
				body,
				...searchFieldsOf({ title, summary, places: o.places, body }),
				translationGroup: null,
				publishedAt,
				createdAt: publishedAt,
				updatedAt: publishedAt
			});
		}
		await app.db.insert(story).values(batch);
	}
	const total = (await app.db.select({ id: story.id }).from(story)).length;
	console.log(
		`Seeded ${count} stories in ${Math.round(performance.now() - started)} ms (${total} in the database)`
	);
	for (const queue of ['media.variants', 'media.video_poster', 'mail.send'])
		console.log(`${queue}: ${await app.jobs.drain(queue).catch((err) => err.message)} jobs run`);
	// A live database has statistics by now (autovacuum analyses a table after enough writes); without
	// them the planner guesses 46 published stories and filters all 10,000 for related stories.
	await app.db.execute(sql`ANALYZE`);
} finally {
	await app.stop();
}
