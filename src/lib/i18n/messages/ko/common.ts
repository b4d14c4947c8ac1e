export default {
	appName: '소통',
	demoBadge: '데모',
	language: '언어',
	languageNames: { en: 'English', ko: '한국어' },
	skipToContent: '본문으로 건너뛰기',
	save: '저장',
	cancel: '취소',
	back: '뒤로',
	loading: '불러오는 중…'
};
