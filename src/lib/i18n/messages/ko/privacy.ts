export default {
	title: '개인정보 처리방침',
	version: '버전 {version}, {date} 게시'
};
