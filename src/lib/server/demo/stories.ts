/**
 * DEMO DATA: stories by the demo Mates, in several languages, so a new installation shows a living
 * site. Written for the demo; places and events are real Seoul ones, details are illustrative.
 * `state` says where each one is left: most published (days ago), some drafts, some waiting for review.
 */
export interface DemoStory {
	author: string;
	language: string;
	title: string;
	summary: string;
	paragraphs: string[];
	topics: string[];
	districts: string[];
	places: string[];
	state: 'published' | 'draft' | 'submitted';
	daysAgo?: number;
	/** The title of the same writer's story this one translates (seeded earlier). */
	translationOf?: string;
}

/** A demo story with the usual defaults: published, no topics, districts or places. */
export const demoStory = (
	author: string,
	language: string,
	title: string,
	summary: string,
	paragraphs: string[],
	extra: Partial<DemoStory> = {}
): DemoStory => ({
	author,
	language,
	title,
	summary,
	paragraphs,
	topics: [],
	districts: [],
	places: [],
	state: 'published',
	...extra
});
const p = demoStory;

export const demoStories: DemoStory[] = [
	p(
		'maria@demo.sotong.example',
		'ko',
		'서울시에서 열린 축제를 다녀와서: 서울빛초롱축제',
		'청계천을 따라 수천 개의 등불이 켜지는 겨울 축제에 다녀왔습니다.',
		[
			'해가 지자 청계광장부터 물길을 따라 등불이 하나씩 켜졌습니다. 한지로 만든 호랑이와 학, 궁궐 모양의 등이 물 위에 비쳐 마치 다른 세상 같았습니다.',
			'입장은 무료이고, 저녁 일곱 시쯤 가면 사람이 조금 적습니다. 광화문역이나 종각역에서 내려 걸어가면 됩니다. 따뜻한 어묵 한 컵을 들고 천천히 걸어 보세요.'
		],
		{
			topics: ['festivals', 'culture'],
			districts: ['jongno', 'jung'],
			places: ['청계천', '청계광장'],
			daysAgo: 2
		}
	),
	p(
		'maria@demo.sotong.example',
		'es',
		'Noche de linternas en el arroyo Cheonggyecheon',
		'El Festival de Linternas de Seúl convierte el centro en un río de luz.',
		[
			'Cada invierno, el arroyo que cruza el centro de Seúl se llena de linternas de papel hanji con forma de tigres, grullas y palacios. La entrada es gratuita.',
			'Consejo: ve entre semana, a las siete de la tarde, y termina la noche con un tteokbokki en el mercado de Gwangjang, a veinte minutos a pie.'
		],
		{
			topics: ['festivals'],
			districts: ['jongno', 'jung'],
			places: ['Cheonggyecheon'],
			daysAgo: 2,
			translationOf: '서울시에서 열린 축제를 다녀와서: 서울빛초롱축제'
		}
	),
	p(
		'maria@demo.sotong.example',
		'es',
		'Mercado de Gwangjang: guía para comer sin miedo',
		'Bindaetteok, mayak gimbap y sikhye en el mercado más antiguo de Seúl.',
		[
			'El mercado de Gwangjang abrió en 1905 y sigue siendo el mejor lugar para probar comida callejera coreana. Busca los puestos donde muelen frijol mungo a mano: allí fríen el bindaetteok.',
			'Paga en efectivo o con tarjeta, siéntate en el banco del puesto y pide con el dedo: nadie se molesta.'
		],
		{ topics: ['food'], districts: ['jongno'], places: ['Gwangjang Market'], daysAgo: 9 }
	),
	p(
		'kenji@demo.sotong.example',
		'ja',
		'益善洞の路地で見つけた韓屋カフェ',
		'鍾路の細い路地に、百年前の韓屋を生かしたカフェが並んでいます。',
		[
			'益善洞は1920年代に建てられた都市型韓屋が集まる町です。瓦屋根の下に、パン屋や茶房、小さな雑貨店が入っています。',
			'週末は混むので、平日の午前中がおすすめ。鍾路3街駅の4番出口からすぐです。'
		],
		{ topics: ['culture', 'food'], districts: ['jongno'], places: ['Ikseon-dong'], daysAgo: 4 }
	),
	p(
		'kenji@demo.sotong.example',
		'en',
		'Seoul by subway: five rides worth taking',
		'The metro is clean, cheap and on time; here is how to use it like a local.',
		[
			'Buy a rechargeable transit card at any convenience store and top it up with cash. The same card works on buses and in taxis.',
			'Line 2 loops around the city; ride it above ground between Ttukseom and Seongsu for a view of the Han River at sunset.'
		],
		{
			topics: ['transport', 'living'],
			districts: ['seongdong', 'gwangjin'],
			places: ['Line 2', 'Ttukseom'],
			daysAgo: 12
		}
	),
	p(
		'kenji@demo.sotong.example',
		'ja',
		'漢江の夜、汝矣島でピクニック',
		'コンビニでラーメンを作って、川辺で食べるのがソウル流です。',
		[
			'汝矣島漢江公園では、コンビニのラーメン調理機で作ったラーメンを持ってレジャーシートに座るのが定番です。',
			'夏の夜は月光レインボー噴水が盤浦大橋から流れます。20時と21時の回が見やすいです。'
		],
		{ topics: ['nature', 'food'], districts: ['yeongdeungpo'], places: ['Yeouido Hangang Park'], daysAgo: 20 }
	),
	p(
		'amara@demo.sotong.example',
		'en',
		'A Saturday at the Seoul Lantern Festival',
		'What to see, when to go, and where to warm up afterwards.',
		[
			'The festival runs along Cheonggyecheon from the plaza by Gwanghwamun. The lanterns are made by traditional hanji artisans, and each year has a theme.',
			'Go early in the evening on a weekday. Bring gloves: the stream is colder than the street above it.'
		],
		{
			topics: ['festivals', 'events'],
			districts: ['jongno', 'jung'],
			places: ['Cheonggyecheon', 'Gwanghwamun'],
			daysAgo: 3
		}
	),
	p(
		'amara@demo.sotong.example',
		'en',
		'Living in Seoul: opening a bank account as a foreigner',
		'The documents you need and the questions the teller will ask.',
		[
			'Bring your passport and residence card, and a Korean phone number in your own name. Some banks also ask for proof of work or study.',
			'Large branches near universities are used to foreign customers. Ask for the app set-up while you are there; it saves a second visit.'
		],
		{ topics: ['living'], districts: ['seodaemun', 'mapo'], places: [], daysAgo: 15 }
	),
	p(
		'amara@demo.sotong.example',
		'en',
		'Namsan on foot: the quiet trail to the tower',
		'Skip the cable car and walk up through the pines.',
		[
			'Start at the Namsan Library side and follow the wooden steps. It takes forty minutes at an easy pace and the city opens up behind you.',
			'At the top, the padlocks, the views and the Namsan Seoul Tower. Walk down the other side to Myeong-dong for dinner.'
		],
		{ topics: ['nature'], districts: ['jung', 'yongsan'], places: ['Namsan', 'N Seoul Tower'], daysAgo: 26 }
	),
	p(
		'lukas@demo.sotong.example',
		'de',
		'Seongsu: vom Fabrikviertel zum Design-Hotspot',
		'Alte Schuhfabriken, neue Cafés und kleine Designläden östlich der Innenstadt.',
		[
			'In Seongsu-dong wurden früher Schuhe gefertigt. Heute sitzen in den Backsteinhallen Röstereien, Ateliers und Pop-up-Läden.',
			'Am besten mit der Linie 2 bis Seongsu fahren und einfach ohne Plan durch die Seitenstraßen laufen. Der Seoul Forest liegt gleich nebenan.'
		],
		{
			topics: ['shopping', 'culture'],
			districts: ['seongdong'],
			places: ['Seongsu-dong', 'Seoul Forest'],
			daysAgo: 6
		}
	),
	p(
		'lukas@demo.sotong.example',
		'en',
		'Gyeongbokgung in hanbok: free entry and how to do it respectfully',
		'Wear hanbok and the palace is free; a few tips to make it a good day.',
		[
			'Rental shops around Anguk station dress you in twenty minutes. Entry to the palace is free in hanbok, and the changing of the guard is at ten and two.',
			'Choose a rental that explains how to tie the goreum properly, and return on time: the shops are small and busy.'
		],
		{ topics: ['culture', 'history'], districts: ['jongno'], places: ['Gyeongbokgung'], daysAgo: 31 }
	),
	p(
		'lukas@demo.sotong.example',
		'de',
		'Mit dem Fahrrad am Han-Fluss',
		'Ttareungyi, die öffentlichen Leihräder, machen Seoul zur Fahrradstadt.',
		[
			'Die grünen Leihräder kosten für eine Stunde rund tausend Won. Die App gibt es auf Englisch.',
			'Die Strecke von Yeouido nach Banpo ist flach, gut ausgeschildert und abends beleuchtet.'
		],
		{
			topics: ['transport', 'nature'],
			districts: ['yeongdeungpo', 'seocho'],
			places: ['Han River'],
			daysAgo: 40
		}
	),
	p(
		'camila.mate@demo.sotong.example',
		'es',
		'Bukchon al amanecer',
		'El barrio de casas tradicionales, antes de que llegue la gente.',
		[
			'A las siete de la mañana Bukchon es silencio, tejas y gatos. Recuerda que aquí vive gente: habla bajo y no entres en los patios.',
			'Sube hasta el mirador de Gahoe-dong y verás la ciudad moderna detrás de los tejados.'
		],
		{ topics: ['history', 'culture'], districts: ['jongno'], places: ['Bukchon Hanok Village'], daysAgo: 7 }
	),
	p(
		'camila.mate@demo.sotong.example',
		'en',
		'Hiking Bukhansan in a day',
		'Seoul has a national park inside the city limits.',
		[
			'Take the subway to Gupabal and the bus to the trailhead. The route to Baegundae peak is steep near the top, with cables to hold.',
			'Start early, carry water and gloves, and check the weather: the rocks are slippery after rain.'
		],
		{ topics: ['nature'], districts: ['eunpyeong', 'gangbuk'], places: ['Bukhansan'], daysAgo: 18 }
	),
	p(
		'thanh.mate@demo.sotong.example',
		'vi',
		'Ăn gì ở chợ Mangwon?',
		'Chợ truyền thống nhỏ ở Mapo với giá rẻ và đồ ăn ngon.',
		[
			'Chợ Mangwon nổi tiếng với gà rán, bánh hotteok và các món ăn vặt giá mềm. Người dân địa phương đi chợ ở đây mỗi ngày.',
			'Sau khi ăn, hãy đi bộ mười phút ra công viên sông Hàn Mangwon để ngắm hoàng hôn.'
		],
		{ topics: ['food'], districts: ['mapo'], places: ['Mangwon Market'], daysAgo: 5 }
	),
	p(
		'thanh.mate@demo.sotong.example',
		'vi',
		'Lễ hội pháo hoa Seoul ở Yeouido',
		'Kinh nghiệm chọn chỗ ngồi và về nhà sau lễ hội.',
		[
			'Lễ hội pháo hoa quốc tế Seoul diễn ra vào tháng Mười. Người ta trải chiếu từ trưa để giữ chỗ ở công viên Yeouido.',
			'Bên kia sông, khu Ichon cũng nhìn rất rõ mà ít người hơn. Sau khi kết thúc, hãy đợi một chút rồi mới vào ga tàu điện.'
		],
		{
			topics: ['festivals', 'events'],
			districts: ['yeongdeungpo', 'yongsan'],
			places: ['Yeouido', 'Ichon'],
			daysAgo: 35
		}
	),
	p(
		'thanh.mate@demo.sotong.example',
		'en',
		'Studying Korean in Seoul: my first semester',
		'What a university language programme is really like.',
		[
			'Classes run four hours a day, five days a week, and the teachers speak only Korean from the first lesson.',
			'The best practice happened outside: ordering at markets, asking for directions, and making friends at the language exchange café.'
		],
		{ topics: ['living'], districts: ['seodaemun'], places: [], daysAgo: 50 }
	),
	p(
		'sophie.mate@demo.sotong.example',
		'fr',
		'Le musée national de Corée, gratuit et immense',
		'Une journée entière ne suffit pas, voici par où commencer.',
		[
			"L'entrée des collections permanentes est gratuite. Commencez par la salle du Bouddha pensif, au deuxième étage : c'est le moment le plus calme du musée.",
			"Le jardin et l'étang sont parfaits pour une pause. Station Ichon, sortie 2."
		],
		{
			topics: ['culture', 'history'],
			districts: ['yongsan'],
			places: ['National Museum of Korea'],
			daysAgo: 8
		}
	),
	p(
		'sophie.mate@demo.sotong.example',
		'fr',
		'Les nuits de Hongdae',
		'Musique live, artistes de rue et petites salles.',
		[
			'Le samedi soir, les artistes de rue jouent sur la place près de la sortie 9 de la station Hongik University. La scène indépendante se cache dans les sous-sols.',
			'Pour finir, un pojangmacha : une tente orange, des brochettes et une soupe chaude.'
		],
		{ topics: ['nightlife'], districts: ['mapo'], places: ['Hongdae'], daysAgo: 22 }
	),
	p(
		'sophie.mate@demo.sotong.example',
		'ko',
		'프랑스 사람이 본 서울의 카페 문화',
		'서울에는 왜 이렇게 카페가 많을까요?',
		[
			'파리의 카페가 길가의 테라스라면, 서울의 카페는 조용히 오래 머무는 거실 같습니다. 공부하는 학생, 일하는 직장인이 함께 앉아 있습니다.',
			'성수동과 연남동의 작은 로스터리를 추천합니다. 커피 맛도 좋고 사장님들이 친절합니다.'
		],
		{
			topics: ['food', 'living'],
			districts: ['seongdong', 'mapo'],
			places: ['연남동', '성수동'],
			daysAgo: 28
		}
	),
	p(
		'kenji@demo.sotong.example',
		'en',
		'Jongmyo Jerye: the royal ancestral rite',
		'Once a year, court music fills the oldest royal shrine.',
		[
			'On the first Sunday of May, descendants of the Joseon royal family perform the rite at Jongmyo, with music and dance listed by UNESCO.',
			'Arrive an hour early for a place along the stone path; the ceremony is long, slow and beautiful.'
		],
		{ topics: ['history', 'festivals'], districts: ['jongno'], places: ['Jongmyo Shrine'], daysAgo: 45 }
	),
	p(
		'amara@demo.sotong.example',
		'en',
		'Dongdaemun Design Plaza after dark',
		'The silver building by Zaha Hadid, lit up at night.',
		[
			'DDP is open late, and the LED rose garden glows in the evening. Inside there are free exhibitions most weeks.',
			'The fashion wholesale markets around it wake up at night too.'
		],
		{ topics: ['culture', 'shopping', 'nightlife'], districts: ['jung'], places: ['DDP'], daysAgo: 60 }
	),
	p(
		'maria@demo.sotong.example',
		'en',
		'Draft: temple stay at Jogyesa',
		'Notes for a story about a night at a temple in the city.',
		[
			'Jogyesa is in the middle of Insadong. I will write about the lanterns, the morning chanting and the temple food.'
		],
		{ topics: ['culture'], districts: ['jongno'], places: ['Jogyesa'], state: 'draft' }
	),
	p(
		'lukas@demo.sotong.example',
		'en',
		'Cherry blossoms at Seokchon Lake',
		'Where to see the blossoms in April without the biggest crowds.',
		[
			'Seokchon Lake in Songpa is lined with cherry trees. Walk the east side in the morning, and stop at the café by the bridge.',
			'The trees bloom for about a week, usually in early April. Check the forecast of the blossom front before you go.'
		],
		{ topics: ['nature', 'events'], districts: ['songpa'], places: ['Seokchon Lake'], state: 'submitted' }
	),
	p(
		'camila.mate@demo.sotong.example',
		'es',
		'Borrador: el festival de fuegos artificiales',
		'Apuntes para el año que viene.',
		['Llegar temprano, llevar una manta y algo para cenar.'],
		{
			topics: ['festivals'],
			districts: ['yeongdeungpo'],
			state: 'draft'
		}
	),
	p(
		'thanh.mate@demo.sotong.example',
		'ko',
		'한강 자전거 길에서 만난 서울',
		'자전거를 타고 한강을 따라 달리며 본 풍경입니다.',
		[
			'따릉이를 빌려 여의도에서 반포까지 달렸습니다. 강바람이 시원하고 길이 평평해서 처음 타는 사람도 쉽습니다.',
			'반포대교의 분수 쇼를 보려면 저녁 여덟 시쯤 도착하세요.'
		],
		{
			topics: ['transport', 'nature'],
			districts: ['yeongdeungpo', 'seocho'],
			places: ['한강', '반포대교'],
			state: 'submitted'
		}
	)
];

/** DEMO DATA: Mates beyond the sign-in demo accounts: more countries and an alumni cohort. */
export const demoMoreMates = {
	2025: [
		['camila.mate@demo.sotong.example', 'Camila Rojas', 'Camila Rojas', 'CL', 'Seoul', 'es;en'],
		['sophie.mate@demo.sotong.example', 'Sophie Martin', 'Sophie Martin', 'FR', 'Lyon', 'fr;en;ko'],
		['arjun.mate@demo.sotong.example', 'अर्जुन मेहता', 'Arjun Mehta', 'IN', 'Seoul', 'hi;en'],
		['olivia.mate@demo.sotong.example', 'Olivia Brown', 'Olivia Brown', 'AU', 'Sydney', 'en']
	],
	2026: [
		['thanh.mate@demo.sotong.example', 'Nguyễn Văn Thành', 'Nguyen Van Thanh', 'VN', 'Seoul', 'vi;en;ko'],
		['aigerim.mate@demo.sotong.example', 'Айгерим Садыкова', 'Aigerim Sadykova', 'KZ', 'Almaty', 'kk;ru;en'],
		['lucas.mate@demo.sotong.example', 'Lucas Silva', 'Lucas Silva', 'BR', 'São Paulo', 'pt;en'],
		['siti.mate@demo.sotong.example', 'Siti Rahma', 'Siti Rahma', 'ID', 'Jakarta', 'id;en']
	]
} as const;
