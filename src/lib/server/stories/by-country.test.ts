import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBy, createPerson, uniqueEmail } from '../../../../tests/support/factories.ts';
import { openCohort2026 } from '../../../../tests/support/mates.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { user } from '../accounts/schema.ts';
import { fixedClock } from '../core/clock.ts';
import type { StoryActor } from './service.ts';

const clock = fixedClock(new Date('2026-06-01T00:00:00Z'));
let t: TestApp;
let lea: string;
let ana: string;
let reviewer: StoryActor;

beforeAll(async () => {
	t = await createTestApp({ clock });
	const manager = await createPerson(t.app, { roles: ['programme-manager'] });
	reviewer = { userId: (await createPerson(t.app, { roles: ['content-reviewer'] })).id, reviewer: true };
	await openCohort2026(t.app, manager);
	const emails = { lea: uniqueEmail('lea'), ana: uniqueEmail('ana') };
	await t.app.mates.importCohort(
		actionBy(manager),
		2026,
		`email,name_native,name_latin,country,city,languages,links\n${emails.lea},Léa Martin,Lea Martin,FR,Lyon,fr,\n${emails.ana},Ana Souza,Ana Souza,BR,São Paulo,pt;en,`,
		{ dryRun: false }
	);
	const idOf = async (email: string) =>
		(await t.app.db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0].id;
	lea = await idOf(emails.lea);
	ana = await idOf(emails.ana);
});
afterAll(async () => {
	await t?.close();
});

async function publish(authorId: string, title: string) {
	const writer: StoryActor = { userId: authorId, reviewer: false };
	const { id } = await t.app.stories.createStory(writer, {
		title,
		summary: 'An evening walk.',
		language: 'en',
		topics: ['culture'],
		districts: ['jongno'],
		places: 'Cheonggyecheon',
		bodyText: 'Walking along the stream on a warm evening, with lanterns overhead.'
	});
	await t.app.stories.moveStory(writer, id, 'submit');
	await t.app.stories.moveStory(reviewer, id, 'publish', {});
	return id;
}

describe("stories by the writer's country", () => {
	it('finds the Mates from a country, and lists only their stories', async () => {
		expect(await t.app.mates.userIdsFromCountry('FR')).toEqual([lea]);
		expect(await t.app.mates.userIdsFromCountry('fr')).toEqual([lea]);
		expect(await t.app.mates.userIdsFromCountry('JP')).toEqual([]);

		const fromFrance = await publish(lea, 'Lanterns on the stream');
		const fromBrazil = await publish(ana, 'Samba in Itaewon');

		const french = await t.app.stories.latestStories({
			authorIds: await t.app.mates.userIdsFromCountry('FR')
		});
		expect(french.map((s) => s.id)).toEqual([fromFrance]);
		const both = await t.app.stories.latestStories({ authorIds: [lea, ana] });
		expect(both.map((s) => s.id).sort()).toEqual([fromFrance, fromBrazil].sort());
		expect(await t.app.stories.latestStories({ authorIds: [] })).toEqual([]);
		expect((await t.app.stories.latestStories({})).length).toBe(2);
	});
});
