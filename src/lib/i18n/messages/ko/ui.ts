/** 공통 컴포넌트에 들어가는 문구: 닫기 버튼, 입력 도움말, 표, 페이지 이동. */
export default {
	dismissMessage: '이 알림 닫기',
	working: '처리 중…',
	optional: '(선택)',
	selectPlaceholder: '선택해 주세요',
	errorSummary: {
		title: '확인이 필요한 항목이 있습니다'
	},
	tone: {
		info: '안내',
		success: '완료',
		warning: '주의',
		error: '오류'
	},
	table: {
		empty: '아직 표시할 내용이 없습니다.'
	},
	pagination: {
		label: '페이지',
		previous: '이전',
		previousPage: '이전 페이지',
		next: '다음',
		nextPage: '다음 페이지',
		page: '{page}페이지',
		summary: '전체 {total}페이지 중 {page}페이지'
	},
	tabs: {
		label: '구역'
	}
};
