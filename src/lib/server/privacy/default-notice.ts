/**
 * The first privacy notice a new installation publishes. Administrators publish new versions from the
 * console; people are asked to accept the newest one.
 */
export const defaultNotice = {
	en: `Sotong is run by the city government to communicate with visitors, Global Mates and citizens.

What we collect: your name, email address, the language you use, the content you choose to publish, and technical records of your sign-ins (time, IP address, browser) kept for security.

Why: to run your account, show what you publish, keep the service secure, and contact you about your account.

Your rights: you can download all data held about your account as JSON and delete your account at any time from your account page. Staff actions are recorded in an audit log for accountability.

Contact the city's privacy officer through the About page.`,
	ko: `소통은 방문자, 글로벌 메이트, 시민과 소통하기 위해 시가 운영하는 서비스입니다.

수집하는 정보: 이름, 이메일 주소, 사용 언어, 직접 게시하는 콘텐츠, 보안을 위한 로그인 기록(시간, IP 주소, 브라우저).

이용 목적: 계정 운영, 게시물 공개, 서비스 보안 유지, 계정 관련 안내.

이용자의 권리: 계정 페이지에서 언제든지 내 계정의 모든 데이터를 JSON으로 내려받거나 계정을 삭제할 수 있습니다. 직원의 작업은 책임성을 위해 감사 로그에 기록됩니다.

개인정보 보호 책임자에게는 소개 페이지를 통해 연락할 수 있습니다.`
};
