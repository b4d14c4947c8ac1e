/** The public site: home, about, and the community sections (stories, mates, forum, activity). */
export default {
	home: {
		title: '{city} through the eyes of the world',
		eyebrow: '{city} Global Mates',
		heading: 'See {city} through the eyes of friends from around the world',
		lead: 'Global Mates are foreign residents and fans of {city} from 25 to 35 countries. For a year at a time, they show the city they know — its neighbourhoods, food, festivals and everyday life — in articles, photos and videos.',
		readStories: 'Read stories',
		becomeMate: 'Become a Mate',
		greetings: 'Hello · 안녕하세요 · Hola · Bonjour · Xin chào · Merhaba · Olá · こんにちは',
		why: {
			heading: 'Why Global Mates',
			intro: 'A city is best explained by the people who chose it.',
			voicesTitle: 'Real voices',
			voicesBody:
				'Every story is written by someone who lives in or loves the city, in their own words — not by an advertising agency.',
			worldTitle: 'From everywhere',
			worldBody:
				'Each year Mates come from 25 to 35 countries, so the city is seen from many angles and told in many ways.',
			cityTitle: 'With the city',
			cityBody:
				'The city government runs the programme, and city staff review each story before it is published.'
		},
		latest: 'Latest stories',
		explore: {
			heading: 'Explore',
			intro: 'Stories by where in Seoul they happen, and Mates by where they come from.',
			byDistrict: 'Stories by district',
			byCountry: 'Mates by country'
		},
		featured: {
			all: 'All stories →',
			heading: 'Featured stories',
			intro: "Articles, photos and videos chosen from this year's Mates.",
			emptyTitle: 'No stories yet',
			emptyBody: "The first stories from this year's Mates will appear here as soon as they are published.",
			emptyAction: 'About the programme'
		},
		join: {
			heading: 'How to become a Mate',
			intro: 'The city welcomes a new group of Mates every year.',
			step1Title: 'Apply when recruitment opens',
			step1Body:
				'Tell the city about yourself and the side of {city} you would like to share. No account needed.',
			step2Title: 'Hear back by email',
			step2Body:
				'The programme team reads every application; the link in your email shows where yours stands.',
			step3Title: 'Share the city for a year',
			step3Body: 'Publish stories, join missions and events, and meet Mates from around the world.'
		},
		cta: {
			heading: 'Know a side of {city} the world should see?',
			body: 'Join the Global Mates and share it in your own words.'
		}
	},
	about: {
		title: 'About',
		heading: 'About Global Mates',
		lead: "Global Mates is the {city} city government's programme for foreign residents and fans who want to share the city with the world.",
		factsLabel: 'The programme in numbers',
		sinceValue: '2012',
		sinceLabel: 'the year the programme began',
		matesValue: '100–200',
		matesLabel: 'Mates appointed each year',
		countriesValue: '25–35',
		countriesLabel: 'countries represented each year',
		termValue: '1 year',
		termLabel: 'the length of each term',
		programme: {
			heading: 'The programme',
			body1:
				'The city started Global Mates in 2012 to learn how {city} looks to people who have made it their home, or fallen for it from afar. Every year it appoints about 100 to 200 Mates from 25 to 35 countries.',
			body2:
				'Mates serve a one-year term. They write articles, take photos and make videos about life in the city, take part in missions and events, and share their ideas with the city government.'
		},
		receive: {
			heading: 'What Mates receive',
			certificate: 'A certificate of appointment from the city',
			symbols: "The programme's official symbols",
			medals: 'Medals that recognise outstanding activity',
			benefits: 'Benefits such as invitations to city events and programmes'
		},
		software: {
			heading: 'About this website',
			body: 'Sotong (소통, "communication" in Korean) is open-source software that the city government runs to talk with the world and with its own citizens. Anyone can read its code, and any city can use it.',
			privacy: 'How we handle personal data',
			api: 'Open API description'
		}
	},
	stories: {
		title: 'Stories',
		lead: 'Articles, photos and videos about life in {city}, written by Global Mates in their own words.',
		emptyTitle: 'No stories published yet',
		emptyBody: 'When Mates publish their first stories, you will find them here.',
		emptyAction: 'About the programme'
	},
	mates: {
		title: 'Mates',
		lead: 'Meet the foreign residents and fans who share {city} with the world, from 25 to 35 countries each year.',
		emptyTitle: 'No public profiles yet',
		emptyBody: 'Profiles will appear here once Mates choose to share them.',
		emptyAction: 'Become a Mate'
	},
	activity: {
		title: 'Activity',
		lead: 'Missions, events and news from the Global Mates programme, and what Mates have been up to.',
		emptyTitle: 'Nothing to show yet',
		emptyBody: "Programme news and Mates' activity will appear here as the year gets going."
	}
};
