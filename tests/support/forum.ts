import type { App } from '../../src/lib/server/app.ts';
import { forumPolicy, type ForumReader } from '../../src/lib/server/forum/policy.ts';
import { createPerson, type Person } from './factories.ts';

/** The forum reader a person is, from a real session of theirs (roles and two-step sign-in included). */
export async function readerFor(app: App, person: Person): Promise<ForumReader> {
	const session = await app.accounts.viewerFrom((await person.request()).headers);
	if (!session) throw new Error(`No session for ${person.email}`);
	return forumPolicy.readerOf(session.viewer);
}

/** A visitor without an account. */
export const visitor: ForumReader = { userId: null, access: 'visitor' };

/** A post as the editor would send it: a JSON document of paragraphs. */
export function postBody(...paragraphs: string[]): string {
	return JSON.stringify({
		type: 'doc',
		content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))
	});
}

/** The id of a default category by its address. */
export async function categoryId(app: App, slug: string): Promise<string> {
	const all = await app.forum.categoriesFor({ userId: null, access: 'staff' });
	const found = all.find((c) => c.slug === slug);
	if (!found) throw new Error(`No forum category ${slug}`);
	return found.id;
}

/** The people forum tests ask about: two Mates, an applicant (reads, never writes) and staff. */
export async function forumReaders(app: App) {
	const people = await Promise.all([
		createPerson(app, { roles: ['mate'] }),
		createPerson(app, { roles: ['mate'] }),
		createPerson(app, { roles: ['applicant'] }),
		createPerson(app, { roles: ['content-reviewer'] })
	]);
	const [mate, otherMate, applicant, staff] = await Promise.all(people.map((p) => readerFor(app, p)));
	return { mate, otherMate, applicant, staff };
}
