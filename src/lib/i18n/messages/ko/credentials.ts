/** Mate credentials: the verification pages, the Mate's downloads and the link on their page. */
export default {
	verify: {
		title: '인증서 확인',
		lead: '시가 발급한 글로벌 메이트 인증서를 확인합니다. 서명된 인증서(.jwt 파일의 내용)를 붙여 넣으세요. 서명, 기간, 상태를 시가 공개한 키로 확인합니다.',
		jwt: '서명된 인증서(JWT)',
		jwtHint: '점으로 구분된 세 부분으로, “ey”로 시작합니다.',
		submit: '확인',
		idTitle: '인증서 확인 결과',
		result: '결과',
		status: {
			valid: '유효',
			expired: '만료',
			not_yet_valid: '아직 유효하지 않음',
			revoked: '취소됨',
			invalid: '유효하지 않음',
			not_found: '찾을 수 없음'
		},
		explain: {
			valid: '시가 발급한 인증서이며, 서명이 온전하고 활동 기간 중입니다.',
			expired: '시가 발급한 인증서이며 서명이 온전하지만, 활동 기간이 끝났습니다.',
			not_yet_valid: '시가 발급한 인증서이며 서명이 온전하지만, 활동 기간이 아직 시작되지 않았습니다.',
			revoked: '시가 발급했지만 취소된 인증서입니다.',
			invalid: '시가 발급한 진본이 아니거나, 서명된 뒤에 내용이 바뀌었습니다.',
			not_found: '시가 이 주소로 발급한 인증서가 없습니다.'
		},
		reason: {
			malformed: '서명된 인증서가 아닙니다.',
			unsupported_algorithm: '시가 인증서에 서명하는 방식이 아닙니다.',
			unknown_key: '시가 공개한 적 없는 키를 가리킵니다.',
			bad_signature: '서명이 맞지 않습니다. 내용이 바뀌었거나 다른 사람이 서명했습니다.',
			wrong_issuer: '다른 발급자를 가리킵니다.',
			claims_mismatch: '날짜나 식별자가 서로 맞지 않습니다.',
			not_open_badge: 'Open Badges 3.0 인증서가 아닙니다.',
			unknown_credential: '시에 발급 기록이 없습니다.',
			status_unverifiable: '취소 목록을 읽을 수 없거나 진본이 아니어서 상태를 알 수 없습니다.',
			not_baked: '이미지에 인증서가 들어 있지 않습니다.'
		},
		who: '누구',
		what: '무엇',
		when: '언제',
		issuer: '발급자',
		term: '{from}부터 {to}까지',
		issuedOn: '{date} 발급',
		revokedOn: '{date} 취소',
		idLabel: '인증서',
		machines:
			'프로그램은 같은 주소에 JSON을 요청할 수 있습니다(Accept: application/json). 시의 공개 키는 {jwks}에 있습니다.',
		issuerProfile: '발급자 정보',
		keys: '공개 키',
		another: '다른 인증서 확인',
		pasteTitle: '서명된 인증서 붙여 넣기',
		badgeTitle: '또는 배지 이미지 올리기',
		badge: '배지 이미지(PNG)',
		badgeHint: '메이트 계정에서 내려받은 배지에는 서명된 인증서가 들어 있습니다. 2MB 이하.',
		submitBadge: '배지 확인'
	},
	account: {
		title: '내 인증서',
		lead: '활동하는 기수마다 서명된 Open Badges 3.0 인증서가 발급됩니다. 확인 페이지를 공유하거나, 전자지갑이나 이력서용으로 인증서를 내려받으세요.',
		none: '인증서를 준비하고 있습니다. 잠시 후 여기에 나타납니다.',
		term: '{from}부터 {to}까지',
		jwt: '내려받기(.jwt)',
		pdf: '인증서(PDF)',
		png: '배지(PNG)',
		json: '내려받기(.json)',
		verify: '확인 페이지'
	},
	profile: {
		verify: '{name} 님의 인증서 확인'
	},
	certificate: {
		title: '글로벌 메이트 인증서',
		certifies: '위 사람은',
		served: '{city} 글로벌 메이트 {year}년 기수로 활동하였음을 인증합니다',
		term: '활동 기간: {from} ~ {to}',
		number: '인증서 번호',
		issued: '발급일',
		verify: '인증서 진위 확인',
		cohort: '글로벌 메이트 {year}년 기수'
	},
	console: {
		nav: '인증서',
		title: '메이트 인증서',
		lead: '시가 발급한 모든 인증서입니다. 메이트가 활동을 그만두면 인증서를 취소하세요. 공개된 취소 목록이 바로 다시 서명되고, 모든 확인에서 취소됨으로 나옵니다.',
		search: '이름이나 인증서 번호로 찾기',
		searchSubmit: '찾기',
		number: '인증서',
		holder: '메이트',
		term: '활동 기간',
		status: '상태',
		active: '유효',
		revoked: '취소됨',
		revokedOn: '{date} 취소: {reason}',
		reason: '취소 이유',
		reasonHint: '인증서 기록과 감사 로그에 남습니다. 예: “활동을 일찍 그만둠”.',
		revoke: '취소',
		revokeFor: '{number}({name}) 취소',
		revokedDone: '인증서 {number}이(가) 취소되었습니다.',
		empty: '아직 발급된 인증서가 없습니다.',
		verify: '확인 페이지',
		certificateTitle: '인증서 서명',
		certificateLead:
			'모든 PDF 인증서의 서명란에 들어갑니다. 이미지가 없으면 시 이름이 들어간 기본 직인이 찍힙니다.',
		signature: '서명 이미지',
		signatureHint:
			'배경이 투명한 PNG가 가장 좋습니다(JPEG, WebP, HEIC도 됩니다). 5MB 이하이며, 메타데이터 없이 다시 저장됩니다.',
		currentSignature: '현재 서명',
		noSignature: '서명 이미지가 없어 기본 직인이 찍힙니다.',
		removeSignature: '서명 이미지 지우기',
		signatoryName: '서명자 이름',
		signatoryTitle: '서명자 직함',
		save: '인증서 설정 저장',
		saved: '인증서 설정을 저장했습니다.'
	}
};
