/** 메이트 목록, 메이트 공개 페이지, 프로필 편집. */
export default {
	directory: {
		count: '{n, plural, =0 {메이트 없음} other {메이트 #명}}',
		mapTitle: '메이트의 출신 국가',
		mapAlt: '메이트가 있는 {n}개 나라를 칠한 세계 지도입니다. 같은 나라들이 아래에 링크로 있습니다.',
		filter: '보기',
		clear: '모든 메이트 보기',
		noMatch: '조건에 맞는 메이트가 없습니다.'
	},
	term: { current: '{year} 메이트', alumni: '{year} 수료' },
	profile: {
		stories: '{name}의 이야기',
		feed: '{name}의 이야기 RSS',
		noStories: '아직 게시한 이야기가 없습니다.',
		metaDescription: '서울 글로벌 메이트 {name}',
		edit: '프로필 편집',
		about: '{name} 소개',
		noBio: '아직 소개가 없습니다.',
		writesIn: '쓰는 언어:',
		elsewhere: '다른 곳의 채널'
	},
	edit: {
		title: '프로필 편집',
		lead: '방문자가 내 페이지와 메이트 목록에서 보는 내용입니다.',
		back: '프로필로 돌아가기',
		photo: '프로필 사진',
		choosePhoto: '사진 선택',
		photoHint:
			'JPEG, PNG, WebP, AVIF, HEIC, 최대 20MB. 얼굴을 중심으로 정사각형으로 자르고 위치와 카메라 정보는 지웁니다.',
		uploadPhoto: '사진 올리기',
		photoSaved: '새 프로필 사진을 저장했습니다.',
		details: '내 정보',
		displayName: '페이지에 표시할 이름',
		bios: '짧은 소개',
		biosHint: '쓰는 언어마다 하나씩 적어 주세요. 방문자는 자기 언어로 된 소개를 먼저 봅니다.',
		linksHint:
			'한 줄에 링크 하나씩. 내 계정 링크에는 rel="me"가 붙어 해당 사이트가 내 것임을 확인할 수 있습니다.',
		save: '프로필 저장',
		saved: '프로필을 저장했습니다.'
	}
};
