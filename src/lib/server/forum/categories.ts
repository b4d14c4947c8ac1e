import type { CategoryVisibility } from './schema.ts';

/** A category the forum starts with; administrators' changes to one are never overwritten. */
export interface DefaultCategory {
	slug: string;
	nameEn: string;
	nameKo: string;
	descriptionEn: string;
	descriptionKo: string;
	visibility: CategoryVisibility;
	staffStartsTopics: boolean;
}

/**
 * The categories every installation has from its first start, in the order the forum shows them.
 * What the programme tells everyone, and what visitors may ask about, is public; the Mates' own work
 * (missions, ideas, help with the programme) is for Mates and staff.
 */
export const defaultCategories: DefaultCategory[] = [
	{
		slug: 'announcements',
		nameEn: 'Announcements',
		nameKo: '공지사항',
		descriptionEn: 'News from the Global Mates team. Only staff start topics here; everyone may read.',
		descriptionKo: '글로벌 메이트 운영팀의 소식입니다. 주제는 직원만 올릴 수 있고, 누구나 읽을 수 있습니다.',
		visibility: 'public',
		staffStartsTopics: true
	},
	{
		slug: 'missions',
		nameEn: 'Missions',
		nameKo: '미션',
		descriptionEn: "This season's missions: plans, questions and what you made of them.",
		descriptionKo: '이번 시즌의 미션: 계획, 질문, 그리고 미션을 하며 만든 것들.',
		visibility: 'mates',
		staffStartsTopics: false
	},
	{
		slug: 'ideas',
		nameEn: 'Ideas for the city',
		nameKo: '도시를 위한 아이디어',
		descriptionEn: 'What the city could do better for visitors and foreign residents.',
		descriptionKo: '방문객과 외국인 주민을 위해 도시가 더 잘할 수 있는 일.',
		visibility: 'mates',
		staffStartsTopics: false
	},
	{
		slug: 'places-and-events',
		nameEn: 'Places and events',
		nameKo: '장소와 행사',
		descriptionEn: 'Festivals, neighbourhoods and places worth a visit.',
		descriptionKo: '가 볼 만한 축제, 동네, 장소.',
		visibility: 'public',
		staffStartsTopics: false
	},
	{
		slug: 'photo-and-video-tips',
		nameEn: 'Photo and video tips',
		nameKo: '사진·영상 팁',
		descriptionEn: 'Cameras, phones, editing and the best spots for a picture.',
		descriptionKo: '카메라, 휴대폰, 편집, 그리고 사진 찍기 좋은 곳.',
		visibility: 'public',
		staffStartsTopics: false
	},
	{
		slug: 'help',
		nameEn: 'Help',
		nameKo: '도움말',
		descriptionEn: 'Questions about the programme, the website and your account.',
		descriptionKo: '프로그램, 웹사이트, 계정에 관한 질문.',
		visibility: 'mates',
		staffStartsTopics: false
	}
];
