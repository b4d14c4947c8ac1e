import type { DemoPicture } from './pictures.ts';
import { demoStory, type DemoStory } from './stories.ts';

/**
 * DEMO DATA: stories with pictures and video, and the covers of some earlier demo stories. The
 * pictures are drawn at seed time (`pictures.ts`) and the video made with ffmpeg (`video.ts`); every
 * photo says what it shows (`alt`, for people who cannot see it) and what the writer adds (`caption`).
 */
export interface DemoPhoto {
	picture: DemoPicture;
	alt: string;
	caption: string;
}

export interface DemoStoryMedia {
	kind?: 'article' | 'photos' | 'video';
	cover?: DemoPicture;
	photos?: DemoPhoto[];
	/** A video made at seed time and uploaded, or a link to a video on a platform. */
	video?: { upload: true } | { link: string };
}

export type DemoMediaStory = DemoStory & DemoStoryMedia;

/** Covers for earlier demo stories (`stories.ts`), by title. */
export const demoCovers: Record<string, DemoPicture> = {
	'서울시에서 열린 축제를 다녀와서: 서울빛초롱축제': { scene: 'lanterns', seed: 1 },
	'Namsan on foot: the quiet trail to the tower': { scene: 'namsan', seed: 4 },
	'Bukchon al amanecer': { scene: 'hanok', seed: 13 },
	'Mercado de Gwangjang: guía para comer sin miedo': { scene: 'market', seed: 16, time: 'night' }
};

/**
 * A YouTube address for the demo video stories. It has the shape of a real one but points at no
 * video: the player is loaded only when a visitor asks, and then says the video is unavailable.
 */
const demoYoutube = (id: string) => `https://www.youtube.com/watch?v=${id}`;

const m = (
	author: string,
	language: string,
	title: string,
	summary: string,
	paragraphs: string[],
	extra: Partial<DemoMediaStory>
): DemoMediaStory => ({ ...demoStory(author, language, title, summary, paragraphs), ...extra });

const lanternFestivalKo = '서울시에서 열린 축제를 다녀와서: 서울빛초롱축제';

export const demoMediaStories: DemoMediaStory[] = [
	m(
		'maria@demo.sotong.example',
		'en',
		'Back from a Seoul festival: the Seoul Lantern Festival',
		'I went to the winter festival where thousands of lanterns light up along Cheonggyecheon.',
		[
			'As the sun went down, the lanterns came on one by one along the stream, starting from Cheonggye Plaza. Tigers, cranes and palaces made of hanji paper shone on the water, like another world.',
			'Entry is free, and around seven in the evening it is a little less crowded. Get off at Gwanghwamun or Jonggak station and walk. Take a warm cup of fish-cake broth and stroll slowly.'
		],
		{
			topics: ['festivals', 'culture'],
			districts: ['jongno', 'jung'],
			places: ['Cheonggyecheon', 'Cheonggye Plaza'],
			daysAgo: 2,
			translationOf: lanternFestivalKo,
			cover: { scene: 'lanterns', seed: 11, time: 'dusk' }
		}
	),
	m(
		'amara@demo.sotong.example',
		'en',
		'The Lotus Lantern Festival in four pictures',
		'Yeondeunghoe fills Jongno with lanterns every spring, before Buddha’s Birthday.',
		[
			'Yeondeunghoe, the Lotus Lantern Festival, is more than a thousand years old and on UNESCO’s list of intangible heritage. On the parade evening, thousands of people carry glowing lanterns down Jongno towards Jogyesa.',
			'Find a place on the pavement near Jonggak an hour before the parade starts. The next day, the street around the temple turns into a fair where you can make your own lantern.'
		],
		{
			kind: 'photos',
			topics: ['festivals', 'culture'],
			districts: ['jongno'],
			places: ['Jogyesa', 'Jongno', 'Cheonggyecheon'],
			daysAgo: 10,
			photos: [
				{
					picture: { scene: 'temple-lanterns', seed: 21, time: 'night' },
					alt: 'A drawing of rows of round paper lanterns in pink, yellow, green and blue glowing above a temple roof at night, each with a white paper tag.',
					caption: 'Jogyesa’s courtyard after dark: every lantern carries a wish on its white tag.'
				},
				{
					picture: { scene: 'temple-lanterns', seed: 22, time: 'day' },
					alt: 'A drawing of the same canopy of coloured lanterns in daylight, under a blue sky, above a temple hall with red pillars.',
					caption: 'By day the canopy throws coloured shade on the courtyard.'
				},
				{
					picture: { scene: 'lanterns', seed: 23 },
					alt: 'A drawing of a string of glowing lanterns over a stream at night, their light reflected in the water below a stone wall.',
					caption: 'Lanterns over Cheonggyecheon on the festival weekend.'
				},
				{
					picture: { scene: 'hanok', seed: 24, time: 'dusk' },
					alt: 'A drawing of tiled hanok roofs stepping down a hill at dusk, with lit windows in the city and a tower on the ridge behind.',
					caption: 'The walk home through the hanok lanes as the sky turned purple.'
				}
			]
		}
	),
	m(
		'sophie.mate@demo.sotong.example',
		'ko',
		'가을 고궁 산책: 단풍 든 궁궐에서 보낸 하루',
		'단풍이 가장 고운 시월 말, 궁궐 두 곳을 천천히 걸었습니다.',
		[
			'가을의 궁궐은 서울에서 가장 조용한 단풍 명소입니다. 오전에 경복궁을 걷고, 오후에는 창덕궁으로 옮겨 연못가에서 쉬었습니다.',
			'창덕궁 후원은 해설사와 함께 들어가는 예약제라서 미리 예약해야 합니다. 한복을 입으면 궁궐 입장이 무료입니다.'
		],
		{
			kind: 'photos',
			topics: ['culture', 'history', 'nature'],
			districts: ['jongno'],
			places: ['창덕궁', '경복궁'],
			daysAgo: 14,
			photos: [
				{
					picture: { scene: 'palace', seed: 31 },
					alt: '붉고 노란 단풍나무 사이에 있는 궁궐 전각을 그린 그림. 붉은 기둥과 초록 단청, 회색 기와지붕이 보입니다.',
					caption: '전각 앞마당은 단풍나무에 둘러싸여 있습니다.'
				},
				{
					picture: { scene: 'palace', seed: 32, variant: 'pond' },
					alt: '연못 위에 궁궐과 단풍나무가 거꾸로 비친 모습을 그린 그림.',
					caption: '바람이 없는 날에는 지붕이 연못에 그대로 비칩니다.'
				},
				{
					picture: { scene: 'palace', seed: 33, time: 'dusk' },
					alt: '해 질 녘 보랏빛 하늘 아래 궁궐 지붕과 단풍나무, 떨어지는 낙엽을 그린 그림.',
					caption: '문 닫기 한 시간 전, 하늘이 보랏빛으로 물듭니다.'
				}
			]
		}
	),
	m(
		'camila.mate@demo.sotong.example',
		'es',
		'Mercados de Seúl en tres fotos',
		'Fruta de temporada, especias y bombillas encendidas: una tarde de mercado en mercado.',
		[
			'Los mercados tradicionales son la mejor manera de entender qué se come en cada estación. En otoño mandan los caquis y las mandarinas de Jeju.',
			'Empieza en Mangwon a media tarde y termina en Gwangjang para cenar, cuando se encienden las luces.'
		],
		{
			kind: 'photos',
			topics: ['food', 'shopping'],
			districts: ['mapo', 'jongno'],
			places: ['Mangwon Market', 'Gwangjang Market'],
			daysAgo: 11,
			photos: [
				{
					picture: { scene: 'market', seed: 41 },
					alt: 'Dibujo de un puesto de mercado bajo un toldo de rayas naranjas y blancas, con cajas de madera llenas de fruta roja, naranja, amarilla y verde.',
					caption: 'Caquis, mandarinas y manzanas: la fruta de otoño en Mangwon.'
				},
				{
					picture: { scene: 'market', seed: 42, variant: 'spices' },
					alt: 'Dibujo de montones de especias rojas, naranjas, amarillas y marrones sobre platos, bajo un toldo de rayas.',
					caption: 'El gochugaru, el chile en polvo coreano, se vende por kilos.'
				},
				{
					picture: { scene: 'market', seed: 43, time: 'night' },
					alt: 'Dibujo de un puesto de noche, con bombillas encendidas sobre cajas de fruta y un toldo rojo y blanco.',
					caption: 'Al caer la noche se encienden las bombillas y empiezan las cenas.'
				}
			]
		}
	),
	m(
		'lukas@demo.sotong.example',
		'en',
		'Seoul Light DDP: when a building becomes a screen',
		'A few minutes of colour on the curved walls of Dongdaemun Design Plaza.',
		[
			'During Seoul Light DDP, the curved façade of Dongdaemun Design Plaza becomes a screen for media art. The shows repeat through the evening, so there is no need to rush.',
			'Stand on the hill of the plaza, opposite the building, to see the whole wall at once. (Demo: the clip here is a generated pattern, not footage of the show.)'
		],
		{
			kind: 'video',
			topics: ['festivals', 'culture', 'nightlife'],
			districts: ['jung'],
			places: ['DDP', 'Dongdaemun'],
			daysAgo: 5,
			video: { upload: true }
		}
	),
	m(
		'kenji@demo.sotong.example',
		'en',
		'The Han River at night, in a short film',
		'Bridges, ferries and the fountain at Banpo, from the city’s tourism channel.',
		[
			'This short film follows the Han River after dark: the rainbow fountain on Banpo Bridge, the ferries and the cycle paths along the water.',
			'Watch it before your first evening by the river, then go and sit on the grass at Yeouido. (Demo: the link is a placeholder, so the player says the video is unavailable.)'
		],
		{
			kind: 'video',
			topics: ['nature', 'nightlife'],
			districts: ['seocho', 'yeongdeungpo'],
			places: ['Han River', 'Banpo Bridge'],
			daysAgo: 16,
			video: { link: demoYoutube('DemoSeoul01') }
		}
	),
	m(
		'kenji@demo.sotong.example',
		'ja',
		'夜の漢江を短い映像で',
		'橋と遊覧船、盤浦大橋の噴水。ソウルの観光チャンネルの映像です。',
		[
			'夜の漢江を追った短い映像です。盤浦大橋の虹の噴水、遊覧船、川沿いの自転車道が映っています。',
			'川辺で過ごす最初の夜の前に見て、それから汝矣島の芝生に座ってみてください。（デモ：リンクは仮のもので、再生はできません。）'
		],
		{
			kind: 'video',
			topics: ['nature', 'nightlife'],
			districts: ['seocho', 'yeongdeungpo'],
			places: ['漢江', '盤浦大橋'],
			daysAgo: 16,
			translationOf: 'The Han River at night, in a short film',
			video: { link: demoYoutube('DemoSeoul01') }
		}
	),
	m(
		'lucas.mate@demo.sotong.example',
		'pt',
		'Comer bem e barato em Seul',
		'Gimbap, tteokbokki e sundae: a comida de todo dia que cabe no bolso.',
		[
			'As lanchonetes de gimbap abrem cedo e fecham tarde. Um rolo de gimbap e uma tigela de tteokbokki custam menos que um café em muitas capitais.',
			'Nos mercados tradicionais, as barracas de sundae e de panquecas de feijão servem porções generosas. Sente no banco e aponte o que quiser.'
		],
		{ topics: ['food', 'living'], districts: ['jongno', 'mapo'], places: ['Gwangjang Market'], daysAgo: 13 }
	),
	m(
		'aigerim.mate@demo.sotong.example',
		'ru',
		'Ночной рынок Пам-токкэби на Ёыидо',
		'Уличная еда, музыка и ремёсла на берегу Хангана по выходным.',
		[
			'С весны до осени по вечерам выходных в парке Ёыидо-Ханган работает ночной рынок Пам-токкэби: фудтраки, мастера и живая музыка.',
			'Приходите к закату, возьмите еду у фудтраков и сядьте на траву у реки. Ближайшая станция — Ёыинару, линия 5.'
		],
		{
			topics: ['food', 'nightlife', 'events'],
			districts: ['yeongdeungpo'],
			places: ['Yeouido Hangang Park'],
			daysAgo: 19
		}
	),
	m(
		'siti.mate@demo.sotong.example',
		'id',
		'Makan halal di Itaewon',
		'Dari Masjid Pusat Seoul ke restoran halal di sekitarnya.',
		[
			'Masjid Pusat Seoul berdiri di atas bukit di Itaewon. Di jalan menurun dari masjid ada toko bahan makanan halal dan beberapa restoran dari berbagai negara.',
			'Kalau ragu, tanyakan sertifikat halal di restoran. Stasiun terdekat adalah Itaewon, jalur 6, pintu keluar 3.'
		],
		{
			topics: ['food', 'living'],
			districts: ['yongsan'],
			places: ['Itaewon', 'Seoul Central Mosque'],
			daysAgo: 24
		}
	),
	m(
		'arjun.mate@demo.sotong.example',
		'hi',
		'सियोल में पहली सर्दी',
		'ठंड से बचने के आसान तरीके, जो मैंने पहले साल सीखे।',
		[
			'सियोल की सर्दी सूखी और बहुत ठंडी होती है। लंबी गद्देदार जैकेट, दस्ताने और गर्म मोज़े सबसे ज़रूरी हैं।',
			'सुविधा स्टोर से हाथ गर्म करने वाले पैक खरीदें। घरों में फ़र्श के नीचे ओनदोल हीटिंग होती है, इसलिए अंदर आराम रहता है।'
		],
		{ topics: ['living'], districts: ['seodaemun'], places: [], daysAgo: 33 }
	),
	m(
		'kenji@demo.sotong.example',
		'ja',
		'下書き：北村の朝の写真',
		'観光客が来る前の北村を撮りに行く予定です。',
		['朝七時の北村で、瓦屋根と路地の写真を撮るつもりです。'],
		{ kind: 'photos', topics: ['culture'], districts: ['jongno'], places: ['北村'], state: 'draft' }
	),
	m(
		'aigerim.mate@demo.sotong.example',
		'ru',
		'Фестиваль фонарей на Чхонгечхоне: видео',
		'Короткое видео с вечерней прогулки вдоль ручья.',
		['Я сняла, как зажигаются фонари вдоль ручья Чхонгечхон. (Демо: ссылка условная.)'],
		{
			kind: 'video',
			topics: ['festivals'],
			districts: ['jongno', 'jung'],
			places: ['Cheonggyecheon'],
			state: 'submitted',
			video: { link: demoYoutube('DemoSeoul02') }
		}
	),
	m(
		'olivia.mate@demo.sotong.example',
		'en',
		'Seoul Jazz Festival at Olympic Park',
		'Three days of music on the lawns of Olympic Park in late spring.',
		[
			'The Seoul Jazz Festival takes over Olympic Park for a weekend in late spring, with stages in the park and in the halls around it.',
			'Bring a picnic mat and sunscreen, and buy tickets early: the weekend passes sell out.'
		],
		{ topics: ['events', 'festivals'], districts: ['songpa'], places: ['Olympic Park'], state: 'submitted' }
	)
];
