/** 모든 페이지의 틀: 머리글, 내비게이션, 바닥글, 언어 전환, 콘솔 화면. */
export default {
	wordmark: '소통 · {city}',
	pageTitle: '{page} · 소통 {city}',
	siteDescription:
		'세계 곳곳에서 온 외국인 주민과 팬, 글로벌 메이트가 전하는 {city} 이야기를 소통에서 만나 보세요.',
	homeLink: '소통 {city} 홈페이지',
	nav: {
		label: '주 메뉴',
		stories: '이야기',
		search: '검색',
		mates: '메이트',
		forum: '포럼',
		activity: '활동',
		about: '소개'
	},
	menu: {
		open: '메뉴'
	},
	account: {
		menu: '{name} 님의 계정 메뉴',
		signIn: '로그인',
		signUp: '회원가입',
		signOut: '로그아웃',
		console: '콘솔',
		account: '계정 설정',
		signedInAs: '{name} 님으로 로그인됨'
	},
	language: {
		label: '언어 선택'
	},
	demo: {
		banner: '시연용 사이트입니다. 보이는 내용은 모두 예시 데이터이며 언제든 초기화될 수 있습니다.'
	},
	footer: {
		label: '사이트 정보',
		about: '소개',
		privacy: '개인정보 처리방침',
		api: '오픈 API',
		runBy: '{city}시가 운영합니다.',
		openSource: '소통은 어느 도시든 자유롭게 쓸 수 있는 오픈 소스 소프트웨어입니다.'
	},
	console: {
		title: '콘솔',
		wordmark: '소통 콘솔',
		navLabel: '콘솔',
		menu: '콘솔 메뉴',
		backToSite: '공개 사이트',
		noItems: '이 계정으로 사용할 수 있는 콘솔 도구가 없습니다.',
		welcome: '{name} 님, 환영합니다',
		intro: '시작할 도구를 고르세요. 내 역할로 쓸 수 있는 도구만 보입니다.',
		toolsHeading: '내 도구'
	},
	error: {
		title: '문제가 발생했습니다',
		title400: '요청을 처리할 수 없습니다',
		title401: '로그인해 주세요',
		title403: '이 페이지에 접근할 권한이 없습니다',
		title404: '페이지를 찾을 수 없습니다',
		title429: '요청이 너무 많습니다',
		title500: '서버에 문제가 발생했습니다',
		title503: '서비스를 잠시 이용할 수 없습니다',
		status: '오류 {status}',
		notFoundHelp:
			'주소가 잘못 입력되었거나 페이지가 옮겨졌을 수 있습니다. 주소를 확인하거나 홈페이지에서 다시 시작해 주세요.',
		genericHelp: '잠시 후 다시 시도해 주세요. 문제가 계속되면 아래 참조 번호와 함께 문의해 주세요.',
		reference: '참조 번호',
		home: '홈페이지로 가기',
		signIn: '로그인'
	}
};
