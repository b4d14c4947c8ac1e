/** 포럼의 임시 저장, 반응, 검색. */
export default {
	drafts: {
		saved: '임시 저장했습니다.',
		notSaved: '지금은 임시 저장하지 못했습니다. 계속 쓰시면 다시 시도합니다.',
		restored: '보내지 않은 임시 글을 다시 불러왔습니다.',
		discard: '임시 글 버리기'
	},
	reactions: {
		label: '반응',
		names: {
			thumbsUp: '좋아요',
			heart: '하트',
			party: '축하해요',
			laugh: '웃겨요',
			thanks: '고마워요'
		},
		button: '{name}: {n, plural, =0 {반응 없음} other {반응 #개}}',
		yours: '(내 반응, 누르면 취소됩니다)'
	},
	search: {
		title: '포럼 검색',
		titleFor: '포럼 검색: {q}',
		label: '주제 검색',
		submit: '검색',
		lead: '읽을 수 있는 카테고리의 주제 제목과 글에서 찾습니다.',
		found: '{n, plural, other {주제 #개를 찾았습니다}}',
		nothing: '“{q}”에 맞는 주제가 없습니다',
		nothingHint: '더 적거나 짧은 단어로 찾아보세요.',
		inCategory: '{name}',
		post: '{n}번째 글'
	}
};
