/** 이야기와 메이트 검색. */
export default {
	title: '검색',
	titleFor: '검색: {q}',
	lead: '어떤 언어로든 이야기와 메이트를 찾아보세요.',
	label: '검색어',
	submit: '검색',
	nothing: '“{q}”에 대한 결과가 없습니다',
	nothingHint: '더 짧거나 적은 단어, 또는 다른 언어로 찾아보세요.',
	mates: '{n, plural, other {메이트 #명}}',
	stories: '{n, plural, other {이야기 #개}}'
};
