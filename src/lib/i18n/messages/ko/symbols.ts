/** 메이트 심벌 두 가지: 내려받기와 삽입 코드, 게시된 곳, 사이트 확인, 디자인. */
export default {
	name: { emblem: '엠블럼', wordmark: '워드마크' },
	account: {
		title: '나의 메이트 심벌',
		lead: '블로그와 소셜 프로필에 글로벌 메이트 심벌 두 가지를 게시해 방문자가 메이트임을 알아볼 수 있게 하세요. 각 파일에는 서명된 인증서가 들어 있어 누구나 본인의 것인지 확인할 수 있습니다.',
		link: '심벌과 게시된 곳',
		notActive:
			'심벌은 활동 기간 중인 메이트를 위한 것입니다. 인증서가 발급되면 사용할 수 있고, 활동 기간이 끝나면 더 이상 사용할 수 없습니다.',
		downloads: '내려받기',
		svg: 'SVG',
		png: 'PNG {size}px',
		preview: '{name} 심벌',
		embedTitle: '삽입 코드',
		embedLead:
			'심벌을 넣을 곳에 붙여 넣으세요. 시의 사이트에서 심벌을 불러오고 인증 확인 페이지로 연결되므로, 시가 심벌이 게시된 곳을 알 수 있습니다.',
		html: '{name} HTML',
		markdown: '{name} 마크다운',
		checkNow: '지금 내 사이트 확인',
		checkAsked: '곧 사이트를 확인합니다. 1분 뒤 이 페이지를 새로 고쳐 결과를 보세요.'
	},
	loyalty: {
		shownTitle: '심벌이 게시된 곳',
		shownLead:
			'{since} 이후 심벌을 보여 준 사이트입니다. 사이트 주소만 기록하며, 누가 보았는지는 기록하지 않습니다.',
		site: '사이트',
		loads: '표시 횟수',
		lastSeen: '마지막 표시',
		noReferrer: '사이트 정보 없음(직접 열었거나 사이트가 주소를 숨김)',
		noLoads: '아직 심벌이 게시된 곳이 없습니다.',
		checksTitle: '등록한 사이트',
		checksLead:
			'시는 하루에 한 번 프로필의 블로그와 소셜 주소를 방문해 심벌이나 메이트 페이지 또는 인증 확인 페이지로 가는 링크가 있는지 확인합니다.',
		address: '주소',
		result: '결과',
		checkedAt: '확인 시각',
		noChecks: '아직 확인한 사이트가 없습니다. 프로필에 추가한 사이트는 하루 안에 확인합니다.',
		results: { found: '확인됨', not_found: '찾지 못함', unreachable: '읽을 수 없음' },
		details: {
			symbol: '심벌 표시',
			link: '링크 연결',
			'rel-me': 'rel="me" 링크',
			robots: '사이트의 robots.txt가 허용하지 않음',
			private_address: '공개 주소가 아님',
			too_many_redirects: '리디렉션이 너무 많음',
			too_large: '페이지가 너무 큼',
			timeout: '10초 안에 응답 없음',
			unreachable: '사이트에 연결할 수 없음',
			http_error: '사이트가 오류로 응답함',
			not_http: '웹 주소가 아님'
		}
	},
	console: {
		title: '심벌과 충성도',
		lead: '최근 30일 동안 각 메이트의 심벌이 게시된 곳과, 등록한 사이트를 매일 방문해 확인한 결과입니다.',
		mate: '메이트',
		sitesShowing: '게시한 사이트',
		sitesFound: '심벌이나 링크가 있는 등록 사이트',
		empty: '아직 메이트가 없습니다.',
		artworkLink: '심벌 디자인',
		detailTitle: '{name}의 심벌'
	},
	artwork: {
		title: '심벌 디자인',
		lead: '두 심벌의 시 공식 디자인을 올리세요. SVG는 필수이며(스크립트나 외부 참조가 없는 그림만), 1024px로 그린 PNG는 선택입니다. PNG가 없으면 SVG로 만듭니다.',
		current: '현재 {name}',
		builtIn: '기본 제공 임시 디자인',
		uploaded: '올린 디자인',
		svg: 'SVG 파일',
		png: 'PNG 파일(선택)',
		upload: '{name} 올리기',
		reset: '기본 디자인 사용',
		saved: '심벌 디자인을 바꿨습니다.',
		wasReset: '심벌에 기본 디자인을 사용합니다.'
	}
};
