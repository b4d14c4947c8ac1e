// How long the last page of a long forum topic takes, on the same server modules the app runs
// (Node 24 runs the .ts files directly):
//   node_modules/.bin/node bench/forum.js <replies> <rounds>   (DATA_DIR, or DATABASE_URL for PostgreSQL)
// Use a scratch database: it adds one Mate and one topic with <replies> replies (inserted in batches,
// as the service would number them), then times what the topic page's load asks of the forum service
// (the topic with its category and reading mark, the last page of posts rendered with their media, the
// reading mark moved, moderation notes and flags, the reader's draft, reactions, subscription) and
// prints the median and the 95th percentile. Benchmark data only: the topic says so.
import { buildApp } from '../src/lib/server/app.ts';
import { openDatabase } from '../src/lib/server/core/db.ts';
import { loadEnv } from '../src/lib/server/core/env.ts';
import { runMigrations } from '../src/lib/server/core/migrations.ts';
import { newId } from '../src/lib/server/core/ids.ts';
import { createVerifiedUser } from '../src/lib/server/staff/service.ts';
import { forumPost, forumTopic } from '../src/lib/server/forum/schema.ts';
import { pageOfPost } from '../src/lib/server/forum/reading.ts';
import { eq } from 'drizzle-orm';

const replies = Number(process.argv[2] ?? 5_000);
const rounds = Number(process.argv[3] ?? 200);
const env = loadEnv({ ...process.env, LOG_LEVEL: 'warn' });
const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.dataDir, poolMax: 4 });
await runMigrations(handle);
const app = await buildApp({ env, handle, pollJobs: false });
try {
	const email = `forum-bench-${Date.now()}@example.com`;
	const { id: userId } = await createVerifiedUser(app.auth, {
		email,
		name: 'Forum benchmark Mate',
		password: `pw-${newId()}`
	});
	/** @type {import('../src/lib/server/forum/policy.ts').ForumReader} */
	const mate = { userId, access: 'mate' };
	const [missions] = (await app.forum.categoriesFor(mate)).filter((c) => c.slug === 'missions');
	const { id } = await app.forum.startTopic(mate, {
		category: missions.id,
		title: `Benchmark topic with ${replies} replies`,
		bodyText: 'Benchmark data: the first post.'
	});
	/**
	 * @param {number} n
	 * @returns {import('../src/lib/server/content/document.ts').StoryDocument}
	 */
	const body = (n) => ({
		type: 'doc',
		content: [
			{ type: 'paragraph', content: [{ type: 'text', text: `Benchmark reply ${n}. `.repeat(20) }] },
			{ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A quote.' }] }] }
		]
	});
	for (let n = 2; n <= replies + 1; n += 500) {
		const batch = [];
		for (let k = n; k < n + 500 && k <= replies + 1; k++)
			batch.push({ id: newId(), topicId: id, number: k, authorId: userId, body: body(k) });
		await app.db.insert(forumPost).values(batch);
	}
	await app.db
		.update(forumTopic)
		.set({ postCount: replies + 1 })
		.where(eq(forumTopic.id, id));

	/** @type {number[]} */
	const times = [];
	for (let i = 0; i < rounds; i++) {
		const started = performance.now();
		const { topic } = await app.forum.topicFor(mate, id);
		const page = await app.forum.postsPage(topic, pageOfPost(topic.postCount), mate);
		await app.forum.markRead(mate, id, page.posts.at(-1)?.number ?? 1, new Date());
		const ids = page.posts.map((p) => p.id);
		await app.forum.topicModeration(mate, id, ids);
		await app.forum.draftFor(mate, `topic:${id}`);
		await app.forum.reactionsFor(mate, ids);
		await app.notifications.followingTopic(mate, id);
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	const at = (/** @type {number} */ q) =>
		times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
	console.log(
		`${handle.kind}: last page (page ${pageOfPost(replies + 1)}) of a topic with ${replies} replies, ` +
			`${rounds} rounds: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`
	);
} finally {
	await app.stop();
}
