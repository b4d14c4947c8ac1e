export default {
	title: '내 계정',
	lead: '내 정보, 로그인 보안, 내 데이터.',
	details: '정보',
	roles: '역할',
	noRoles: '아직 역할이 없습니다. 모집이 열리면 글로벌 메이트에 지원해 보세요.',
	memberSince: '{date}부터 회원',
	security: '로그인 보안',
	twoFactorOn: '2단계 로그인이 켜져 있습니다.',
	twoFactorOff: '2단계 로그인이 꺼져 있습니다.',
	setUpTwoFactor: '2단계 로그인 설정',
	privacyTitle: '내 데이터와 개인정보',
	privacyAccepted: '{date}에 개인정보 처리방침 버전 {version}에 동의하셨습니다.',
	privacyOutdated: '새 개인정보 처리방침(버전 {version})이 게시되었습니다. 읽고 동의해 주세요.',
	readNotice: '개인정보 처리방침 읽기',
	acceptNotice: '버전 {version}에 동의',
	accepted: '감사합니다. 동의가 기록되었습니다.',
	export: '내 데이터 내려받기(JSON)',
	exportLead: '내 계정에 관한 모든 정보: 기본 정보, 역할, 로그인 기록, API 토큰, 내가 한 작업.',
	deleteTitle: '계정 삭제',
	deleteLead: '계정, 세션, 역할, API 토큰이 즉시 삭제됩니다. 되돌릴 수 없습니다.',
	contentPolicy: {
		anonymise: '게시한 글과 게시물은 이름 없이(“탈퇴한 회원”으로) 계속 공개됩니다.',
		delete: '게시한 글과 게시물은 계정과 함께 삭제됩니다.'
	},
	deleteConfirm: '되돌릴 수 없다는 것을 이해했습니다.',
	deleteSubmit: '계정 영구 삭제',
	deleted: '계정이 삭제되었습니다.'
};
