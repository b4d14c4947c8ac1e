/** 글로벌 메이트 지원과 지원 상태 페이지. */
export default {
	title: '글로벌 메이트 지원',
	titleYear: '{year} 서울 글로벌 메이트 지원',
	lead: '메이트는 글과 사진, 영상으로 서울을 세계에 알립니다. 활동 기간은 {from}부터 {to}까지이며, 지원은 {close}(서울 시간)에 마감됩니다.',
	cta: '지금 지원하기',
	ctaLead: '{year} 기수 지원을 {close}까지 받습니다.',
	wantedLanguage: '올해 모집 언어',
	aboutYou: '지원자 정보',
	nameNative: '이름 (평소 쓰는 문자로)',
	nameNativeHint: '예: 김민지, 山田花子, Amélie Dubois',
	nameLatin: '로마자 이름',
	nameLatinHint: '인증서에 표시될 이름입니다. 예: Minji Kim',
	emailHint: '주소 확인 링크를 보내 드립니다. 같은 링크로 지원 상태를 볼 수 있습니다.',
	emailFromAccount: '계정의 이메일 주소입니다.',
	country: '국가',
	city: '거주 도시',
	cityHint: '서울 또는 지금 사는 곳',
	languages: '글을 쓸 수 있는 언어',
	languagesHint: '게시할 수 있는 언어를 모두 선택해 주세요.',
	yourWork: '채널과 작품',
	links: '블로그와 소셜 계정',
	linksHint: '한 줄에 링크 하나씩: 블로그, 인스타그램, 유튜브, 틱톡, 네이버 블로그 등',
	sample: '작품 샘플 {n}',
	samplesHint: '직접 만든 글, 사진, 영상 두세 개의 링크를 적어 주세요.',
	samples: '작품 샘플',
	motivation: '글로벌 메이트가 되고 싶은 이유',
	motivationHint: '서울의 어떤 모습을 누구에게 보여 주고 싶으신가요? 100자 이상 적어 주세요.',
	submit: '지원서 보내기',
	checkEmailTitle: '이메일을 확인해 주세요',
	checkEmail: '{email}(으)로 링크를 보냈습니다. 링크를 열어 주소를 확인하시면 지원서가 담당 팀에 전달됩니다.',
	receivedTitle: '지원서를 받았습니다',
	received: '감사합니다! {email}(으)로 확인 메일을 보냈습니다. 메일의 링크로 지원 상태를 볼 수 있습니다.',
	backHome: '홈으로 돌아가기',
	closedTitle: '지원 기간이 아닙니다',
	nextOpens: '{year} 기수 지원은 {date}(서울 시간)에 시작합니다.',
	noneScheduled: '다음 모집 일정은 아직 발표되지 않았습니다.',
	statuses: {
		unconfirmed: '이메일 미확인',
		submitted: '검토 중',
		waitlisted: '대기자 명단',
		approved: '합격',
		rejected: '불합격'
	},
	status: {
		title: '{year} 지원서',
		submitted: '{date}에 보냄',
		unknown: '더 이상 유효하지 않은 상태 링크입니다. 가장 최근에 받은 메일의 링크를 이용해 주세요.',
		yourAnswers: '보내신 내용',
		explain: {
			unconfirmed: '보내 드린 링크로 이메일 주소를 확인해 주세요.',
			submitted: '담당 팀이 지원서를 검토하고 있습니다. 결과가 나오면 메일로 알려 드립니다.',
			waitlisted: '현재 정원이 차서 대기자 명단에 올라 있습니다. 자리가 생기면 연락드리겠습니다.',
			approved: '합격을 축하합니다! 활동은 {date}에 시작합니다. 로그인해 프로필을 완성해 주세요.',
			rejected:
				'이번에는 함께하지 못하게 되었습니다. 지원해 주셔서 감사하며, 다음에 다시 지원해 주시면 반갑겠습니다.'
		}
	}
};
