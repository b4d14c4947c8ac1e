import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../../tests/support/factories.ts';
import { photoWithGps } from '../../../../tests/support/images.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { fixedClock } from '../core/clock.ts';
import type { StoryActor } from '../stories/service.ts';
import { image } from './schema.ts';
import { unusedCheckQueue, unusedGraceMs } from './unused.ts';

const clock = fixedClock(new Date('2026-06-01T00:00:00Z'));
let t: TestApp;
let mina: StoryActor;
let reviewer: StoryActor;

beforeAll(async () => {
	t = await createTestApp({ clock });
	const [a, r] = await Promise.all([
		createPerson(t.app, { roles: ['mate'] }),
		createPerson(t.app, { roles: ['content-reviewer'] })
	]);
	mina = { userId: a.id, reviewer: false };
	reviewer = { userId: r.id, reviewer: true };
});
afterAll(async () => {
	await t?.close();
});

const photoSet = (photos: string[]) => ({
	kind: 'photos',
	title: 'Hanok rooftops in Bukchon',
	summary: 'Morning light over the tiles.',
	language: 'en',
	topics: ['culture'],
	districts: ['jongno'],
	places: 'Bukchon',
	bodyText: '',
	photos: JSON.stringify(photos.map((imageId) => ({ imageId, alt: 'Tiled roofs', caption: '' })))
});
const upload = async (storyId: string) =>
	(await t.app.media.uploadImage(mina.userId, `story:${storyId}`, await photoWithGps(640, 480))).id;
const stored = (id: string) => t.app.storage.exists(`images/${id}/master.jpg`);
const row = async (id: string) => (await t.app.db.select().from(image).where(eq(image.id, id)))[0];
const waiting = async () => (await t.app.jobs.queueSizes())[unusedCheckQueue] ?? 0;

describe('uploads nothing shows any more', () => {
	it('are removed a day after a save takes them out, unless a kept revision still shows them', async () => {
		const { id } = await t.app.stories.createStory(mina, photoSet([]));
		const [a, b, c, never] = [await upload(id), await upload(id), await upload(id), await upload(id)];
		await t.app.stories.saveStory(mina, id, photoSet([a, b, c]));
		await t.app.stories.moveStory(mina, id, 'submit');
		await t.app.stories.moveStory(reviewer, id, 'publish');

		const before = await waiting();
		// A published edit takes b out: the revision of the published text still shows it.
		await t.app.stories.saveStory(mina, id, photoSet([a, c]));
		expect(await waiting()).toBe(before + 1);
		// Not before the grace period is over.
		expect(await t.app.unusedMedia.removeIfUnused([b, never])).toEqual([]);

		clock.advance(unusedGraceMs + 60_000);
		expect(await t.app.unusedMedia.removeIfUnused([a, b, c, never])).toEqual([never]);
		expect(await row(never)).toBeUndefined();
		expect(await stored(never)).toBe(false);
		for (const kept of [a, b, c]) {
			expect(await row(kept)).toBeDefined();
			expect(await stored(kept)).toBe(true);
		}
	});

	it('go from a draft once taken out, and cannot be put back afterwards', async () => {
		const { id } = await t.app.stories.createStory(mina, photoSet([]));
		const [a, b] = [await upload(id), await upload(id)];
		await t.app.stories.saveStory(mina, id, photoSet([a, b]));
		await t.app.stories.saveStory(mina, id, photoSet([a]));
		clock.advance(unusedGraceMs + 60_000);
		expect(await t.app.unusedMedia.removeIfUnused([a, b])).toEqual([b]);
		expect(await stored(b)).toBe(false);
		expect(await stored(a)).toBe(true);
		// Put back after it was removed: the id is no longer the writer's, so the save is refused.
		await expect(t.app.stories.saveStory(mina, id, photoSet([a, b]))).rejects.toMatchObject({
			code: 'validation_failed'
		});
	});

	it('leave media of subjects the check does not know alone', async () => {
		const { id } = await t.app.media.uploadImage(mina.userId, 'other:thing', await photoWithGps(64, 64));
		clock.advance(unusedGraceMs + 60_000);
		expect(await t.app.unusedMedia.removeIfUnused([id])).toEqual([]);
		expect(await stored(id)).toBe(true);
	});
});
