import type { App } from '../app.ts';
import type { ActionContext } from '../audit/service.ts';
import { demoCohort, demoPeople } from './people.ts';

/**
 * DEMO DATA: next year's cohort, taking applications around the day the demo is installed (so the
 * form at /apply is open), with a few applications in the queue.
 */
export function demoNextCohort(now: Date) {
	const year =
		Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Seoul' }).format(now)) + 1;
	const seoulDay = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
	return {
		year: String(year),
		termStart: `${year}-05-01`,
		termEnd: `${year + 1}-04-30`,
		sizeTarget: '120',
		applicationsOpen: `${seoulDay(new Date(now.getTime() - 14 * 86_400_000))}T09:00`,
		applicationsClose: `${seoulDay(new Date(now.getTime() + 75 * 86_400_000))}T18:00`,
		languages: 'en, ja, zh-hans, es, pt, vi, th, id, ar'
	};
}

const motivation = (text: string) => `(Demo application) ${text}`;

/** DEMO DATA: applicants from several countries, all confirmed; two already scored. */
const demoApplicants = [
	{
		email: 'camila@demo.sotong.example',
		nameNative: 'Camila Rojas',
		nameLatin: 'Camila Rojas',
		country: 'CL',
		city: 'Seoul',
		languages: ['es', 'en'],
		links: 'https://camila.example.com\nhttps://www.instagram.com/camila_demo',
		motivation: motivation(
			'I moved to Seoul two years ago and run a Spanish-language blog about the city’s markets, hiking trails and indie music venues. I would love to show Latin American readers a Seoul beyond the usual sights.'
		),
		sample1: 'https://camila.example.com/mangwon-market',
		sample2: 'https://camila.example.com/bukhansan-in-autumn',
		score: { motivation: 5, samples: 4, reach: 3 }
	},
	{
		email: 'thuha@demo.sotong.example',
		nameNative: 'Nguyễn Thu Hà',
		nameLatin: 'Nguyen Thu Ha',
		country: 'VN',
		city: 'Hanoi',
		languages: ['vi', 'en', 'ko'],
		links: 'https://www.youtube.com/@thuha_demo\nhttps://www.tiktok.com/@thuha_demo',
		motivation: motivation(
			'I studied Korean in Seoul and now make short videos in Vietnamese about travelling there on a student budget. My viewers always ask how to plan their first trip, and I want to answer with the city’s own help.'
		),
		sample1: 'https://www.youtube.com/watch?v=demo-thuha-1',
		sample2: 'https://www.tiktok.com/@thuha_demo/video/1',
		score: { motivation: 4, samples: 5, reach: 5 }
	},
	{
		email: 'yuki@demo.sotong.example',
		nameNative: '田中 由紀',
		nameLatin: 'Yuki Tanaka',
		country: 'JP',
		city: 'Osaka',
		languages: ['ja', 'en'],
		links: 'https://note.example.jp/yuki',
		motivation: motivation(
			'I photograph old alleys and their small restaurants. Seoul’s hanok neighbourhoods remind me of Kyoto, and I would like to introduce them to Japanese readers with photo essays through the seasons.'
		),
		sample1: 'https://note.example.jp/yuki/ikseon-dong',
		sample2: 'https://note.example.jp/yuki/seochon',
		sample3: 'https://note.example.jp/yuki/euljiro-at-night',
		score: null
	}
];

/** The demo Mates whose name in their own script is not the Latin one. */
const nativeNames: Record<string, string> = { 'kenji@demo.sotong.example': '渡辺 健二' };

/**
 * Opens next year's cohort, admits the demo Mates to the current one (through the CSV import, as a
 * city would), and files the demo applications: the demo applicant's own, and three more.
 */
export async function seedDemoApplications(app: App, applicantUserId: string | undefined) {
	const system: ActionContext = { actorId: null, actorEmail: null };
	const next = demoNextCohort(app.clock.now());
	const years = (await app.mates.listCohorts()).map((c) => String(c.year));
	if (!years.includes(next.year)) await app.mates.openCohort(system, next);

	const mates = demoPeople.filter((p) => p.role === 'mate');
	const places = [
		['MX', 'Mexico City', 'es;en'],
		['JP', 'Seoul', 'ja;en;ko'],
		['NG', 'Seoul', 'en'],
		['DE', 'Berlin', 'de;en']
	];
	const csv = [
		'email,name_native,name_latin,country,city,languages,links',
		...mates.map((m, i) => {
			const latin = m.name.replace(/ \(.*\)$/, '');
			const [country, city, languages] = places[i % places.length];
			// Names in the Mate's own script, as the PDF certificate prints them under the Latin one.
			const native = nativeNames[m.email] ?? latin;
			return `${m.email},${native},${latin},${country},${city},${languages},`;
		})
	].join('\n');
	await app.mates.importCohort(system, Number(demoCohort.year), csv, { dryRun: false });

	const request = { headers: new Headers(), ipAddress: 'demo-seed', userAgent: 'demo-seed', locale: 'en' };
	const applicant = demoPeople.find((p) => p.role === 'applicant')!;
	if (applicantUserId)
		await app.mates.apply(
			{
				...demoApplicants[0],
				email: applicant.email,
				nameNative: 'प्रिया शर्मा',
				nameLatin: 'Priya Sharma',
				country: 'IN',
				city: 'Seoul',
				languages: ['hi', 'en'],
				acceptPrivacy: 'on'
			},
			request,
			{ userId: applicantUserId, email: applicant.email, emailVerified: true }
		);
	for (const { score, ...form } of demoApplicants) {
		const { statusToken } = await app.mates.apply({ ...form, acceptPrivacy: 'on' }, request);
		const confirmed = await app.mates.statusByToken(statusToken);
		if (confirmed && score) await app.mates.score(system, confirmed.id, score);
	}
}
