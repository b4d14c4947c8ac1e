/** DEMO DATA: invented people and departments so a new installation has something to show. */
export const demoPassword = 'demo-seoul-2026';

export const demoDepartments = [
	{ slug: 'parking', nameEn: 'Parking Management Department', nameKo: '주차계획과', phone: '02-2148-3376' },
	{ slug: 'transport', nameEn: 'Transport Policy Division', nameKo: '교통정책과', phone: '02-2133-2206' },
	{ slug: 'tourism', nameEn: 'Tourism Policy Division', nameKo: '관광정책과', phone: '02-2133-2811' }
];

/** DEMO DATA: the cohort the demo Mates belong to (the programme's usual yearly calendar). */
export const demoCohort = {
	year: '2026',
	termStart: '2026-05-01',
	termEnd: '2027-04-30',
	sizeTarget: '110',
	applicationsOpen: '2026-02-02T09:00',
	applicationsClose: '2026-03-16T18:00',
	languages: 'en, ja, zh-hans, es, fr, de, vi, id, ru, ar'
};

export const demoPeople: {
	email: string;
	name: string;
	role: string;
	locale: string;
	department?: string;
}[] = [
	{ email: 'admin@demo.sotong.example', name: 'Demo Administrator', role: 'admin', locale: 'en' },
	{
		email: 'reviewer@demo.sotong.example',
		name: '김서연 (Demo reviewer)',
		role: 'content-reviewer',
		locale: 'ko'
	},
	{
		email: 'manager@demo.sotong.example',
		name: 'Demo Programme Manager',
		role: 'programme-manager',
		locale: 'en'
	},
	{
		email: 'agent@demo.sotong.example',
		name: '이준호 (Demo inbox agent)',
		role: 'inbox-agent',
		locale: 'ko'
	},
	{
		email: 'responder@demo.sotong.example',
		name: 'Demo Department Responder',
		role: 'department-responder',
		locale: 'ko',
		department: 'parking'
	},
	{ email: 'analyst@demo.sotong.example', name: 'Demo Analyst', role: 'analyst', locale: 'en' },
	{
		email: 'diplomacy@demo.sotong.example',
		name: 'Demo Diplomacy Officer',
		role: 'diplomacy-officer',
		locale: 'en'
	},
	{
		email: 'maria@demo.sotong.example',
		name: 'María González (Demo Mate, Mexico)',
		role: 'mate',
		locale: 'en'
	},
	{
		email: 'kenji@demo.sotong.example',
		name: 'Kenji Watanabe (Demo Mate, Japan)',
		role: 'mate',
		locale: 'en'
	},
	{
		email: 'amara@demo.sotong.example',
		name: 'Amara Okafor (Demo Mate, Nigeria)',
		role: 'mate',
		locale: 'en'
	},
	{
		email: 'lukas@demo.sotong.example',
		name: 'Lukas Schmidt (Demo Mate, Germany)',
		role: 'mate',
		locale: 'en'
	},
	{
		email: 'applicant@demo.sotong.example',
		name: 'Priya Sharma (Demo applicant, India)',
		role: 'applicant',
		locale: 'en'
	}
];
