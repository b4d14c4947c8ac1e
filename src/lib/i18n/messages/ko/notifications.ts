/** 포럼 알림: 목록, 머리글의 알림 수, 주제와 분류 구독, 이메일. */
export default {
	title: '알림',
	lead: '나를 언급한 글, 구독한 주제의 답글, 구독한 분류의 새 주제를 알려 드립니다.',
	empty: '아직 알림이 없습니다',
	emptyBody:
		'누군가 @와 내 핸들로 나를 언급하거나, 내가 시작했거나 구독한 주제에 답글을 달면 여기에 표시됩니다.',
	unread: '새 알림',
	markRead: '읽음으로 표시',
	markReadLabel: '읽음으로 표시: {text}',
	markAllRead: '모두 읽음으로 표시',
	markedAllRead: '모든 알림을 읽음으로 표시했습니다.',
	older: '이전 알림',
	newer: '최근 알림',
	headerLink: '알림',
	headerUnread: '{n, plural, =0 {읽지 않은 알림 없음} other {읽지 않은 알림 #개}}',
	kinds: {
		mention: '{name} 님이 “{title}”에서 회원님을 언급했습니다',
		reply: '{name} 님이 “{title}”에 답글을 달았습니다',
		topic: '{name} 님이 “{title}” 주제를 시작했습니다'
	},
	someone: '탈퇴한 회원',
	yourHandle: '언급에 쓰이는 내 핸들: @{handle}',
	follow: {
		heading: '알림',
		subscribe: '구독',
		unsubscribe: '구독 취소',
		mute: '알림 끄기',
		unmute: '알림 다시 켜기',
		topicSubscribed: '구독 중입니다. 모든 답글을 알려 드립니다.',
		topicMuted: '이 주제의 알림을 껐습니다. 언급을 포함해 아무것도 알려 드리지 않습니다.',
		topicOff: '구독하면 모든 답글을 알려 드립니다. 나를 언급한 글은 구독하지 않아도 알려 드립니다.',
		topicInMutedCategory:
			'이 분류의 알림이 꺼져 있습니다. 이 주제를 구독하고 분류의 알림을 다시 켜야 답글을 알려 드립니다.',
		categorySubscribed: '구독 중입니다. 이 분류의 새 주제를 모두 알려 드립니다.',
		categoryMuted:
			'이 분류의 알림을 껐습니다. 이 분류의 주제는 알리지 않고 요약 메일에서도 뺍니다. 나를 언급한 글은 알려 드립니다.',
		categoryOff: '구독하면 이 분류의 새 주제를 모두 알려 드립니다.',
		saved: {
			subscribed: '구독했습니다.',
			muted: '알림을 껐습니다.',
			off: '저장했습니다.'
		}
	},
	settings: {
		title: '포럼 이메일',
		lead: '포럼에서 보내는 이메일을 정합니다. 알림은 언제나 앱에 표시됩니다.',
		instant:
			'누군가 나를 언급하거나, 구독한 주제에 답글을 달거나, 구독한 분류에 주제를 시작하면 바로 이메일 받기',
		digest: '새 주제와 답글 요약 메일',
		digests: {
			none: '받지 않음',
			daily: '매일',
			weekly: '매주'
		},
		save: '이메일 설정 저장',
		saved: '이메일 설정을 저장했습니다.',
		manage: '알림'
	},
	unsubscribe: {
		title: '수신 거부',
		instant: '{email}(으)로 보내는 포럼 즉시 알림 이메일을 그만 받으시겠습니까?',
		digest: '{email}(으)로 보내는 포럼 요약 메일을 그만 받으시겠습니까?',
		confirm: '수신 거부',
		doneInstant: '완료: 포럼 즉시 알림 이메일을 더 보내지 않습니다. 알림은 앱에 계속 표시됩니다.',
		doneDigest: '완료: 포럼 요약 메일을 더 보내지 않습니다.',
		invalid: '올바른 수신 거부 링크가 아닙니다. 로그인한 뒤 계정 페이지에서 이메일 설정을 바꿀 수 있습니다.',
		settingsHint: '모든 이메일 설정은 계정 페이지에서 바꿀 수 있습니다.'
	},
	mentions: {
		hint: '@와 메이트의 핸들(메이트 페이지 주소)로 언급할 수 있습니다. 예: @maria-gonzalez. 이 분류를 읽을 수 있는 사람에게만 알립니다.',
		suggestions: '언급할 수 있는 사람',
		choose: '{name}(@{handle}) 언급하기'
	},
	email: {
		mention: {
			subject: '{name} 님이 “{title}”에서 회원님을 언급했습니다',
			body: '{recipient} 님, 안녕하세요.\n\n{name} 님이 포럼의 “{title}”에서 회원님을 언급했습니다:'
		},
		reply: {
			subject: '“{title}”에 새 답글',
			body: '{recipient} 님, 안녕하세요.\n\n{name} 님이 구독 중인 주제 “{title}”에 답글을 달았습니다:'
		},
		topic: {
			subject: '{category}의 새 주제: “{title}”',
			body: '{recipient} 님, 안녕하세요.\n\n{name} 님이 구독 중인 분류 {category}에 “{title}” 주제를 시작했습니다:'
		},
		open: '포럼에서 읽기:',
		unsubscribe: '포럼 즉시 알림 이메일 그만 받기:',
		settings: '받는 이메일 바꾸기:',
		digest: {
			daily: {
				subject: '오늘 포럼의 새 소식'
			},
			weekly: {
				subject: '이번 주 포럼의 새 소식'
			},
			body: '{recipient} 님, 안녕하세요.\n\n{since} 이후 포럼의 새 소식입니다:',
			newTopic: '새 주제',
			newPosts: '{n, plural, other {새 글 #개}}',
			more: '포럼에 주제가 {n, plural, other {#개}} 더 있습니다.',
			unsubscribe: '요약 메일 그만 받기:'
		}
	}
};
