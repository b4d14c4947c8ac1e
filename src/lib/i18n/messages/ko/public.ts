/** 공개 사이트: 홈, 소개, 커뮤니티 구역(이야기, 메이트, 포럼, 활동). */
export default {
	home: {
		title: '세계의 눈으로 본 {city}',
		eyebrow: '{city} 글로벌 메이트',
		heading: '세계 곳곳의 친구들이 보여 주는 {city}',
		lead: '글로벌 메이트는 25~35개국에서 온 {city}의 외국인 주민과 팬입니다. 1년 동안 자신이 아는 동네와 음식, 축제, 일상의 모습을 글과 사진, 영상으로 세계에 전합니다.',
		readStories: '이야기 읽기',
		becomeMate: '메이트 되기',
		greetings: 'Hello · 안녕하세요 · Hola · Bonjour · Xin chào · Merhaba · Olá · こんにちは',
		why: {
			heading: '글로벌 메이트가 특별한 이유',
			intro: '도시는 그곳을 선택한 사람들이 가장 잘 설명합니다.',
			voicesTitle: '진짜 목소리',
			voicesBody:
				'모든 이야기는 광고 대행사가 아니라, 이 도시에 살거나 이 도시를 아끼는 사람이 자기 말로 직접 씁니다.',
			worldTitle: '세계 곳곳에서',
			worldBody:
				'해마다 25~35개국 출신의 메이트가 참여해, 도시를 여러 각도에서 바라보고 다양한 방식으로 전합니다.',
			cityTitle: '시와 함께',
			cityBody: '시가 프로그램을 운영하며, 모든 이야기는 시 담당자의 검토를 거쳐 게시됩니다.'
		},
		latest: '최신 이야기',
		explore: {
			heading: '둘러보기',
			intro: '서울 어느 곳의 이야기인지, 메이트가 어느 나라에서 왔는지로 찾아보세요.',
			byDistrict: '자치구별 이야기',
			byCountry: '나라별 메이트'
		},
		featured: {
			all: '모든 이야기 보기 →',
			heading: '추천 이야기',
			intro: '올해 메이트들이 만든 글과 사진, 영상 가운데 골랐습니다.',
			emptyTitle: '아직 이야기가 없습니다',
			emptyBody: '올해 메이트들의 첫 이야기가 게시되면 이곳에서 바로 볼 수 있습니다.',
			emptyAction: '프로그램 소개 보기'
		},
		join: {
			heading: '메이트가 되는 방법',
			intro: '시는 해마다 새로운 메이트를 맞이합니다.',
			step1Title: '모집 기간에 지원하기',
			step1Body: '자신을 소개하고, 세계에 알리고 싶은 {city}의 모습을 들려주세요. 계정은 필요 없습니다.',
			step2Title: '메일로 결과 받기',
			step2Body: '담당 팀이 모든 지원서를 읽습니다. 메일의 링크로 지원 상태를 볼 수 있습니다.',
			step3Title: '1년 동안 도시를 알리기',
			step3Body: '이야기를 게시하고, 미션과 행사에 참여하며, 세계 각국의 메이트를 만나 보세요.'
		},
		cta: {
			heading: '세계가 알았으면 하는 {city}의 모습이 있나요?',
			body: '글로벌 메이트가 되어 여러분의 목소리로 전해 주세요.'
		}
	},
	about: {
		title: '소개',
		heading: '글로벌 메이트 소개',
		lead: '글로벌 메이트는 도시를 세계에 알리고 싶은 외국인 주민과 팬을 위한 {city}시의 프로그램입니다.',
		factsLabel: '숫자로 보는 프로그램',
		sinceValue: '2012년',
		sinceLabel: '프로그램 시작',
		matesValue: '100~200명',
		matesLabel: '해마다 위촉되는 메이트',
		countriesValue: '25~35개국',
		countriesLabel: '해마다 참여하는 나라',
		termValue: '1년',
		termLabel: '활동 기간',
		programme: {
			heading: '프로그램',
			body1:
				'시는 {city}에 뿌리를 내렸거나 멀리서 이 도시를 아끼게 된 사람들의 눈에 도시가 어떻게 비치는지 듣기 위해 2012년 글로벌 메이트를 시작했습니다. 해마다 25~35개국에서 100~200명 안팎의 메이트를 위촉합니다.',
			body2:
				'메이트의 활동 기간은 1년입니다. 도시의 일상을 글과 사진, 영상으로 전하고, 미션과 행사에 참여하며, 시정에 대한 아이디어를 나눕니다.'
		},
		receive: {
			heading: '메이트에게 드리는 것',
			certificate: '시에서 드리는 위촉장',
			symbols: '프로그램 공식 상징물',
			medals: '활동이 뛰어난 메이트를 위한 메달',
			benefits: '시 행사와 프로그램 초청 등 다양한 혜택'
		},
		software: {
			heading: '이 웹사이트에 대하여',
			body: '소통은 시가 세계, 그리고 시민과 이야기를 나누기 위해 운영하는 오픈 소스 소프트웨어입니다. 누구나 코드를 볼 수 있고, 어느 도시든 가져다 쓸 수 있습니다.',
			privacy: '개인정보 처리 방식',
			api: '오픈 API 설명서'
		}
	},
	stories: {
		title: '이야기',
		lead: '글로벌 메이트가 자신의 목소리로 전하는 {city}의 일상, 글과 사진과 영상을 만나 보세요.',
		emptyTitle: '아직 게시된 이야기가 없습니다',
		emptyBody: '메이트들이 첫 이야기를 게시하면 이곳에서 볼 수 있습니다.',
		emptyAction: '프로그램 소개 보기'
	},
	mates: {
		title: '메이트',
		lead: '해마다 25~35개국에서 모여 {city}의 매력을 세계에 알리는 외국인 주민과 팬을 만나 보세요.',
		emptyTitle: '아직 공개된 프로필이 없습니다',
		emptyBody: '메이트가 프로필을 공개하면 이곳에 나타납니다.',
		emptyAction: '메이트 되기'
	},
	activity: {
		title: '활동',
		lead: '글로벌 메이트 프로그램의 미션과 행사, 소식, 그리고 메이트들의 최근 활동을 전합니다.',
		emptyTitle: '아직 표시할 내용이 없습니다',
		emptyBody: '한 해 활동이 시작되면 프로그램 소식과 메이트들의 활동이 이곳에 표시됩니다.'
	}
};
