export default {
	email: '이메일 주소',
	password: '비밀번호',
	confirmPassword: '비밀번호 확인',
	newPassword: '새 비밀번호',
	name: '이름',
	passwordHint: '10자 이상. 짧은 문장은 기억하기 쉽고 추측하기 어렵습니다.',
	signIn: {
		title: '로그인',
		lead: '글을 게시하거나 포럼에 참여하거나 직원 콘솔에서 일하려면 로그인하세요.',
		submit: '로그인',
		forgot: '비밀번호를 잊으셨나요?',
		noAccount: '처음 오셨나요?',
		signUpLink: '계정 만들기',
		demoTitle: '데모 계정',
		demoLead:
			'이 설치본은 가상의 인물로 구성된 데모 모드로 실행 중입니다. 모든 데모 계정은 아래 비밀번호를 사용합니다. 직원 계정은 6자리 코드도 필요합니다. TOTP 비밀 키를 인증 앱에 추가하세요.',
		demoRole: '역할',
		demoEmail: '이메일',
		demoSecret: 'TOTP 비밀 키',
		verified: '이메일 주소가 인증되었습니다. 환영합니다!'
	},
	twoFactor: {
		title: '2단계 로그인',
		lead: '인증 앱에 표시된 6자리 코드를 입력하세요.',
		code: '인증 코드',
		submit: '확인',
		restart: '처음부터 다시'
	},
	signUp: {
		title: '계정 만들기',
		lead: '계정이 있으면 글로벌 메이트에 지원하고 시의 소식을 받아 볼 수 있습니다.',
		acceptBefore: '',
		acceptAfter: '을(를) 읽었으며 이에 동의합니다.',
		privacyLink: '개인정보 처리방침(버전 {version})',
		submit: '계정 만들기',
		haveAccount: '이미 계정이 있으신가요?',
		checkEmailTitle: '이메일을 확인하세요',
		checkEmail: '{email}(으)로 링크를 보냈습니다. 링크를 열어 주소를 인증하면 가입이 완료됩니다.'
	},
	signOut: { submit: '로그아웃', done: '로그아웃되었습니다.' },
	verifyEmail: {
		title: '이메일 주소 인증',
		failed: '인증 링크가 올바르지 않거나 만료되었습니다. 로그인하면 새 링크를 받을 수 있습니다.'
	},
	forgot: {
		title: '비밀번호 재설정',
		lead: '계정의 이메일 주소를 입력하시면 새 비밀번호를 정할 수 있는 링크를 보내 드립니다.',
		submit: '재설정 링크 보내기',
		sent: '{email} 계정이 있다면 재설정 링크를 보냈습니다. 링크는 1시간 동안 유효합니다.'
	},
	reset: {
		title: '새 비밀번호 정하기',
		submit: '새 비밀번호 저장',
		done: '비밀번호가 변경되었습니다. 새 비밀번호로 로그인해 주세요.',
		missingToken: '재설정 링크가 완전하지 않습니다. 새 링크를 요청해 주세요.'
	},
	invitation: {
		title: '직원 콘솔 참여',
		lead: '{name}({email}) 님으로 초대되었습니다. 비밀번호를 정해 계정을 만드세요.',
		roles: '역할',
		submit: '계정 만들기',
		invalid: '초대가 올바르지 않거나 이미 사용되었거나 만료되었습니다. 관리자에게 새 초대를 요청하세요.',
		done: '계정이 준비되었습니다. 로그인한 뒤 2단계 로그인을 설정하세요.'
	},
	setup2fa: {
		title: '2단계 로그인 설정',
		lead: '직원 계정은 인증 앱(TOTP)을 사용해야 합니다. 시작하려면 비밀번호를 확인해 주세요.',
		required: '직원 콘솔을 사용하려면 먼저 2단계 로그인을 설정해야 합니다.',
		begin: '설정 시작',
		scan: '아래 비밀 키(또는 링크)로 인증 앱에 계정을 추가한 뒤 앱에 표시된 6자리 코드를 입력하세요.',
		secret: '비밀 키',
		openApp: '인증 앱에서 열기',
		backupCodes: '백업 코드',
		backupLead:
			'이 일회용 코드를 안전한 곳에 보관하세요. 기기를 잃어버렸을 때 코드 하나로 한 번 로그인할 수 있습니다.',
		confirm: '2단계 로그인 켜기',
		enabled: '계정에 2단계 로그인이 켜져 있습니다.',
		done: '2단계 로그인이 켜졌습니다.'
	}
};
