import { eq } from 'drizzle-orm';
import type { App } from '../app.ts';
import { user } from '../accounts/schema.ts';
import type { ForumReader } from '../forum/policy.ts';

/**
 * DEMO DATA: a few forum conversations between the demo Mates and the demo reviewer, one in each
 * default category, so the forum of a new installation is not empty. Written for the demo; the
 * places are real Seoul ones, the details illustrative.
 */
interface DemoTopic {
	category: string;
	author: string;
	title: string;
	text: string;
	replies: [author: string, text: string][];
	pinned?: boolean;
	locked?: boolean;
}

const maria = 'maria@demo.sotong.example';
const kenji = 'kenji@demo.sotong.example';
const amara = 'amara@demo.sotong.example';
const lukas = 'lukas@demo.sotong.example';
const reviewer = 'reviewer@demo.sotong.example';

export const demoTopics: DemoTopic[] = [
	{
		category: 'announcements',
		author: reviewer,
		title: 'Welcome to the Global Mates forum (demo)',
		text: 'This is where Mates and the programme team talk between stories.\n\nPublic categories can be read by anyone; Missions, Ideas and Help are for Mates and staff only.',
		replies: [
			[maria, 'Thank you! Happy to be here.'],
			[kenji, 'Great to have a place for questions that are not stories.']
		],
		pinned: true
	},
	{
		category: 'missions',
		author: maria,
		title: 'Mission: the market you would take a friend to (demo)',
		text: "For this month's mission I am thinking of Gwangjang Market at 7 pm, when the bindaetteok stalls are busiest. Which market are you writing about?",
		replies: [
			[kenji, 'Mangwon Market for me: smaller, and the tteokbokki is excellent.'],
			[amara, 'Namdaemun early in the morning, before the tour groups arrive.'],
			[lukas, 'I will try Tongin Market and its lunch box with old coins.']
		]
	},
	{
		category: 'ideas',
		author: amara,
		title: 'Bus stop names in English on every screen (demo)',
		text: 'Some bus stop screens show names only in Korean. Could the city show the English name too, like the subway does?',
		replies: [[lukas, 'Yes, and the announcement inside the bus on the night lines too.']]
	},
	{
		category: 'places-and-events',
		author: kenji,
		title: 'Lantern festival on Cheonggyecheon: when to go? (demo)',
		text: 'I would like to film the lanterns without the biggest crowds. Weekday evenings? Right when they are lit?',
		replies: [
			[maria, 'Weekdays around 9 pm were calm last year.'],
			[reviewer, 'The lanterns are lit at 5 pm; the first hour is the quietest.']
		]
	},
	{
		category: 'photo-and-video-tips',
		author: lukas,
		title: 'Night shots of the Han river bridges with a phone (demo)',
		text: 'Night mode and a small tripod on the railing work best for me at Banpo Bridge. What settings do you use?',
		replies: [[amara, 'Lock the focus and lower the exposure a little so the lights do not burn out.']]
	},
	{
		category: 'help',
		author: maria,
		title: 'How do I add a video to my story? (demo)',
		text: 'I have a clip on my phone. Do I upload it or post a link?',
		replies: [
			[
				reviewer,
				'Both work: upload the file in the story editor, or paste a YouTube, Instagram or TikTok link. Closing this topic as answered.'
			]
		],
		locked: true
	}
];

/** Loads the demo conversations once: nothing is added when the forum already has topics. */
export async function seedDemoForum(app: App) {
	const staff: ForumReader = { userId: null, access: 'staff' };
	const categories = await app.forum.categoriesFor(staff);
	if (categories.some((c) => c.topics > 0)) return;
	const ids = new Map(categories.map((c) => [c.slug, c.id]));
	const people = new Map<string, ForumReader>();
	const as = async (email: string): Promise<ForumReader | null> => {
		if (!people.has(email)) {
			const [row] = await app.db.select({ id: user.id }).from(user).where(eq(user.email, email));
			if (!row) return null;
			people.set(email, {
				userId: row.id,
				access: email === reviewer ? 'staff' : 'mate',
				moderator: email === reviewer
			});
		}
		return people.get(email)!;
	};
	for (const topic of demoTopics) {
		const author = await as(topic.author);
		if (!author) continue;
		const { id } = await app.forum.startTopic(author, {
			category: ids.get(topic.category),
			title: topic.title,
			bodyText: topic.text
		});
		for (const [email, text] of topic.replies) {
			const writer = await as(email);
			if (writer) await app.forum.reply(writer, id, { bodyText: text });
		}
		const moderator = await as(reviewer);
		if (moderator && (topic.pinned || topic.locked))
			await app.forum.setTopicState(
				{ actorId: moderator.userId, actorEmail: reviewer },
				moderator,
				id,
				{
					pinned: topic.pinned,
					locked: topic.locked
				},
				'Demo'
			);
	}
}
