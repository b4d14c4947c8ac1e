/** 이야기 쓰기, 검토, 읽기. */
export default {
	by: '글: {name}',
	placesLabel: '장소:',
	aboutAuthor: '글쓴이 소개',
	write: {
		title: '내 이야기',
		lead: '방문자를 위해 글을 쓰세요. 초안은 얼마든지 저장하고 미리 본 뒤 준비되면 제출하세요. 모든 이야기는 검토자가 읽은 뒤 게시됩니다.',
		new: '새 이야기 쓰기',
		newLead: '제목을 정하고 쓰기 시작하세요. 제출하기 전까지는 나만 보는 초안입니다.',
		storyTitle: '제목',
		status: '상태',
		updated: '마지막 변경',
		empty: '아직 쓴 이야기가 없습니다.',
		saveDraft: '초안 저장',
		save: '저장',
		saved: '저장했습니다.',
		autosaved: '{time}에 자동 저장했습니다.',
		editLead: '쓰는 동안 변경 내용이 자동으로 저장됩니다.',
		preview: '미리 보기',
		previewNote: '미리 보기: 게시되면 이렇게 보입니다. 현재 상태: {status}.',
		reviewerAsked: '{name}님의 수정 요청:',
		lockedTitle: '검토 대기 중',
		locked: '검토자가 읽고 있어 지금은 고칠 수 없습니다. 고쳐야 하면 제출을 취소하세요.',
		nextStep: '다음 단계'
	},
	fields: {
		title: '제목',
		summary: '요약',
		summaryHint: '목록과 공유 화면에 보이는 한두 문장',
		language: '이야기의 언어',
		body: '본문',
		topics: '주제',
		districts: '서울의 자치구',
		places: '장소',
		placesHint: '쉼표로 구분해 주세요. 예: 광장시장, 청계천'
	},
	editor: {
		toolbar: '서식',
		bold: '굵게',
		italic: '기울임',
		heading: '제목',
		subheading: '소제목',
		bullets: '글머리 기호',
		numbers: '번호 목록',
		quote: '인용',
		link: '링크',
		linkPrompt: '링크할 웹 주소(비우면 링크를 지웁니다):'
	},
	topics: {
		food: '음식',
		festivals: '축제',
		culture: '문화',
		history: '역사',
		nature: '자연',
		nightlife: '밤 문화',
		shopping: '쇼핑',
		living: '서울 생활',
		transport: '교통',
		events: '행사'
	},
	status: {
		draft: '초안',
		submitted: '검토 대기',
		changes_requested: '수정 요청됨',
		scheduled: '게시 예약',
		published: '게시됨',
		unpublished: '게시 중단',
		archived: '보관됨'
	},
	statusHelp: {
		draft: '나만 볼 수 있습니다.',
		submitted: '검토자가 곧 읽습니다.',
		changes_requested: '검토자가 요청한 내용을 고친 뒤 다시 제출하세요.',
		scheduled: '예약한 시간에 사이트에 나타납니다.',
		published: '방문자가 읽을 수 있습니다. 저장한 수정은 바로 반영되고 이전 버전은 보관됩니다.',
		unpublished: '검토자가 게시를 중단했습니다. 방문자에게 보이지 않습니다.',
		archived: '보관됨: 더 이상 사이트에 없습니다.'
	},
	moved: {
		draft: '제출을 취소했습니다. 다시 초안입니다.',
		submitted: '검토를 요청했습니다.',
		changes_requested: '수정을 요청했습니다. 작성자가 의견을 볼 수 있습니다.',
		published: '게시했습니다.',
		unpublished: '게시를 중단했습니다.',
		archived: '보관했습니다.'
	},
	actions: {
		submit: '검토 요청',
		withdraw: '제출 취소',
		requestChanges: '수정 요청',
		publish: '게시',
		unpublish: '게시 중단',
		archive: '보관'
	},
	history: {
		title: '기록',
		create: '시작',
		submit: '제출',
		withdraw: '제출 취소',
		requestChanges: '수정 요청',
		publish: '게시',
		unpublish: '게시 중단',
		archive: '보관'
	},
	review: {
		title: '검토할 이야기',
		lead: '게시될 모습 그대로 읽고 게시(바로 또는 예약)하거나 작성자에게 고칠 점을 알려 주세요.',
		author: '작성자',
		waitingSince: '대기 시작',
		publishedAt: '게시일',
		tabs: { submitted: '대기 중', scheduled: '예약됨', published: '게시됨', unpublished: '게시 중단' },
		empty: '항목이 없습니다.',
		publishTitle: '게시',
		publishAt: '게시 시각',
		publishAtHint: '서울 시간. 비우면 바로 게시합니다.',
		changesTitle: '수정 요청',
		comment: '작성자가 무엇을 고쳐야 하나요?',
		takeDownTitle: '게시 중단',
		revisions: '이전 버전',
		revision: '버전 {version}: {title}'
	}
};
