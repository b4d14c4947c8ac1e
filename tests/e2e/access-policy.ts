import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What each kind of person must get from each route, written out by hand from the policies
 * (staff/policy.ts, the area guard in web/areas.ts, and each route's own check). The authorization
 * matrix test requests every route as every kind of person and compares with this table; a route
 * missing from the table fails the test, so a new route cannot ship without deciding who may see it.
 */
export const people = [
	'anonymous',
	'applicant',
	'mate',
	'content-reviewer',
	'programme-manager',
	'inbox-agent',
	'department-responder',
	'analyst',
	'diplomacy-officer',
	'admin'
] as const;
export type Person = (typeof people)[number];

/** 200 ok · 'sign-in' redirected to sign in · 'elsewhere' redirected away (already signed in) · 401/403/404. */
export type Outcome = 200 | 401 | 403 | 404 | 405 | 'sign-in' | 'elsewhere';

const staff = (p: Person) => !['anonymous', 'applicant', 'mate'].includes(p);
const everyone = (): Outcome => 200;
const signedIn = (p: Person): Outcome => (p === 'anonymous' ? 'sign-in' : 200);
const signedOutOnly = (p: Person): Outcome => (p === 'anonymous' ? 200 : 'elsewhere');
const console = (p: Person): Outcome => (p === 'anonymous' ? 'sign-in' : staff(p) ? 200 : 403);
const programme = (p: Person): Outcome =>
	p === 'anonymous' ? 'sign-in' : p === 'admin' || p === 'programme-manager' ? 200 : 403;
const mateOnly = (p: Person): Outcome => (p === 'anonymous' ? 'sign-in' : p === 'mate' ? 200 : 403);
const reviewers = (p: Person): Outcome =>
	p === 'anonymous' ? 'sign-in' : p === 'admin' || p === 'content-reviewer' ? 200 : 403;
const adminOnly = (p: Person): Outcome => (p === 'anonymous' ? 'sign-in' : p === 'admin' ? 200 : 403);

/** Request path (GET) → expected outcome per person. Keys are matched to route files below. */
export const policyTable: Record<string, { path: string; expect: (p: Person) => Outcome }> = {
	'/': { path: '/', expect: everyone },
	'/about': { path: '/about', expect: everyone },
	'/apply': { path: '/apply', expect: everyone },
	'/apply/status/[token]': { path: '/apply/status/not-a-real-token', expect: () => 404 },
	// A sample file behind a status link: only the real link opens it, so a guessed one is not found.
	'/apply/status/[token]/samples/[sample]/[file]': {
		path: '/apply/status/not-a-real-token/samples/no-such-sample/original',
		expect: () => 404
	},
	'/stories': { path: '/stories', expect: everyone },
	'/search': { path: '/search?q=%EC%B6%95%EC%A0%9C', expect: everyone },
	'/stories/[slug]': { path: '/stories/no-such-story', expect: () => 404 },
	'/write': { path: '/write', expect: mateOnly },
	'/write/new': { path: '/write/new', expect: mateOnly },
	'/write/[id]': { path: '/write/no-such-story', expect: (p) => (mateOnly(p) === 200 ? 404 : mateOnly(p)) },
	// The upload endpoint answers POST only (and checks the writer there); any GET is refused as a method.
	'/write/[id]/images': { path: '/write/no-such-story/images', expect: () => 405 },
	// Video uploads speak tus: POST (and OPTIONS) only here; GET is refused as a method.
	'/write/[id]/videos': { path: '/write/no-such-story/videos', expect: () => 405 },
	// An upload (HEAD/PATCH/DELETE, GET for its result) belongs to the story's writer.
	'/write/[id]/videos/[upload]': {
		path: '/write/no-such-story/videos/no-such-upload',
		expect: (p) => (mateOnly(p) === 200 ? 404 : mateOnly(p))
	},
	'/write/[id]/preview': {
		path: '/write/no-such-story/preview',
		expect: (p) => (mateOnly(p) === 200 || reviewers(p) === 200 ? 404 : mateOnly(p))
	},
	'/mates': { path: '/mates', expect: everyone },
	'/mates/map.svg': { path: '/mates/map.svg', expect: everyone },
	'/mates/[slug]': { path: '/mates/maria-gonzalez', expect: everyone },
	// The demo 'mate' is María González: her own page, or the programme team.
	'/mates/[slug]/edit': {
		path: '/mates/maria-gonzalez/edit',
		expect: (p) =>
			p === 'anonymous' ? 'sign-in' : ['mate', 'admin', 'programme-manager'].includes(p) ? 200 : 403
	},
	'/media/[...key]': { path: '/media/profiles/none/missing.webp', expect: () => 404 },
	'/media/images/[id]/[file]': { path: '/media/images/no-such-image/master.jpg', expect: () => 404 },
	'/media/videos/[id]/[file]': { path: '/media/videos/no-such-video/original.mp4', expect: () => 404 },
	// Credentials: verification and the issuer's documents are for anyone. A client that does not ask for
	// HTML gets the JSON answer, which says 404 for an id the city never issued.
	'/verify': { path: '/verify', expect: everyone },
	'/verify/[id]': { path: '/verify/00000000-0000-4000-8000-000000000000', expect: () => 404 },
	'/credentials/issuer': { path: '/credentials/issuer', expect: everyone },
	'/.well-known/jwks.json': { path: '/.well-known/jwks.json', expect: everyone },
	// The published revocation list (a signed Bitstring Status List credential); list 1 always exists.
	'/credentials/status/[list]': { path: '/credentials/status/1', expect: everyone },
	// A Mate downloads only their own credentials: anyone else's (or a made-up) id is not found.
	'/account/credentials/[id]/[format]': {
		path: '/account/credentials/00000000-0000-4000-8000-000000000000/jwt',
		expect: (p) => (mateOnly(p) === 200 ? 404 : mateOnly(p))
	},
	// Symbols: the per-Mate image is for any site to show; downloads and the record are the Mate's own
	// (the demo Mate's term is running); the console overview is the programme team's, artwork the admin's.
	'/symbols/[slug]/[file]': { path: '/symbols/maria-gonzalez/emblem.png', expect: everyone },
	'/account/symbols': { path: '/account/symbols', expect: mateOnly },
	'/account/symbols/[symbol]/[format]': { path: '/account/symbols/emblem/256', expect: mateOnly },
	'/forum': { path: '/forum', expect: everyone },
	// A Mates-only category does not exist for visitors and applicants (404, not a sign-in prompt).
	'/forum/[category]': {
		path: '/forum/missions',
		expect: (p) => (p === 'anonymous' || p === 'applicant' ? 404 : 200)
	},
	// Feeds carry no session: the public categories' topics for anyone, no feed for a Mates-only one.
	'/forum/feed.xml': { path: '/forum/feed.xml', expect: everyone },
	'/forum/[category]/feed.xml': { path: '/forum/missions/feed.xml', expect: () => 404 },
	'/forum/new': {
		path: '/forum/new',
		expect: (p) => (p === 'anonymous' ? 'sign-in' : p === 'applicant' ? 403 : 200)
	},
	'/forum/t/[topic]': { path: '/forum/t/999999-no-such-topic', expect: () => 404 },
	// Forum uploads answer POST (and tus) only, for those who write in the forum; an upload is its writer's.
	'/forum/uploads/images': { path: '/forum/uploads/images', expect: () => 405 },
	// Drafts are kept with PUT and thrown away with DELETE; nothing answers GET.
	'/forum/drafts': { path: '/forum/drafts', expect: () => 405 },
	// Reactions are given by POST (a form, or the page's script); nothing answers GET.
	'/forum/reactions': { path: '/forum/reactions', expect: () => 405 },
	// Search answers everyone, with only the topics each may read.
	'/forum/search': { path: '/forum/search?q=%EC%B6%95%EC%A0%9C', expect: everyone },
	'/forum/uploads/videos': { path: '/forum/uploads/videos', expect: () => 405 },
	'/forum/uploads/videos/[upload]': {
		path: '/forum/uploads/videos/no-such-upload',
		expect: (p) => (p === 'anonymous' ? 'sign-in' : p === 'applicant' ? 403 : 404)
	},
	// Subscribe / mute buttons post here; a GET is refused as a method.
	'/forum/t/[topic]/follow': { path: '/forum/t/999999-no-such-topic/follow', expect: () => 405 },
	'/forum/[category]/follow': { path: '/forum/missions/follow', expect: () => 405 },
	// Editing needs a signed-in writer first (a visitor is sent to sign in); then no such post is 404.
	'/forum/t/[topic]/p/[number]/edit': {
		path: '/forum/t/999999-no-such-topic/p/1/edit',
		expect: (p) => (p === 'anonymous' ? 'sign-in' : 404)
	},
	// Flagging a post nobody may read (here, none at all) is not found for everyone.
	'/forum/t/[topic]/p/[number]/flag': { path: '/forum/t/999999-no-such-topic/p/1/flag', expect: () => 404 },
	'/activity': { path: '/activity', expect: everyone },
	'/privacy': { path: '/privacy', expect: everyone },
	'/sign-in': { path: '/sign-in', expect: signedOutOnly },
	'/sign-in/two-factor': {
		path: '/sign-in/two-factor',
		expect: (p) => (p === 'anonymous' ? 'sign-in' : 'elsewhere')
	},
	'/sign-up': { path: '/sign-up', expect: signedOutOnly },
	'/sign-out': { path: '/sign-out', expect: () => 'elsewhere' },
	'/language': { path: '/language', expect: () => 'elsewhere' },
	'/verify-email': { path: '/verify-email?token=not-a-real-token', expect: everyone },
	'/forgot-password': { path: '/forgot-password', expect: everyone },
	'/reset-password': { path: '/reset-password?token=not-a-real-token', expect: everyone },
	'/invitation': { path: '/invitation?token=not-a-real-token', expect: everyone },
	'/account': { path: '/account', expect: signedIn },
	'/account/two-factor': { path: '/account/two-factor', expect: signedIn },
	'/account/export': { path: '/account/export', expect: signedIn },
	'/account/notifications': { path: '/account/notifications', expect: signedIn },
	// The editor's @ suggestions: JSON for signed-in people (an empty list for those who may not write).
	'/account/mentions': { path: '/account/mentions?q=ma', expect: signedIn },
	// An unsubscribe link opens without signing in; a made-up one says it is not valid.
	'/unsubscribe/[token]': { path: '/unsubscribe/not-a-real-token', expect: everyone },
	'/console': { path: '/console', expect: console },
	'/console/staff': { path: '/console/staff', expect: adminOnly },
	'/console/audit': { path: '/console/audit', expect: adminOnly },
	'/console/departments': { path: '/console/departments', expect: adminOnly },
	'/console/cohorts': { path: '/console/cohorts', expect: programme },
	'/console/stories': { path: '/console/stories', expect: reviewers },
	'/console/stories/[id]': {
		path: '/console/stories/no-such-story',
		expect: (p) => (reviewers(p) === 200 ? 404 : reviewers(p))
	},
	'/console/symbols': { path: '/console/symbols', expect: programme },
	'/console/symbols/mates/[slug]': { path: '/console/symbols/mates/maria-gonzalez', expect: programme },
	'/console/symbols/artwork': { path: '/console/symbols/artwork', expect: adminOnly },
	// Forum moderation: content reviewers (and administrators), as for stories.
	'/console/forum': { path: '/console/forum', expect: reviewers },
	'/console/forum/posts/[id]': {
		path: '/console/forum/posts/no-such-post',
		expect: (p) => (reviewers(p) === 200 ? 404 : reviewers(p))
	},
	'/console/forum/topics/[id]': {
		path: '/console/forum/topics/999999',
		expect: (p) => (reviewers(p) === 200 ? 404 : reviewers(p))
	},
	'/console/applications': { path: '/console/applications', expect: programme },
	'/console/applications/[id]': {
		path: '/console/applications/no-such-application',
		expect: (p) => (programme(p) === 200 ? 404 : programme(p))
	},
	// An application's sample files: the programme team only; the route asks the mates policy.
	'/console/applications/[id]/samples/[sample]/[file]': {
		path: '/console/applications/no-such-application/samples/no-such-sample/original',
		expect: (p) => (programme(p) === 200 ? 404 : programme(p))
	},
	'/console/applications/import': { path: '/console/applications/import', expect: programme },
	'/console/settings': { path: '/console/settings', expect: adminOnly },
	'/console/credentials': { path: '/console/credentials', expect: programme },
	// The signature image preview: administrators only; none is set in the demo, so it is not found.
	'/console/credentials/signature': {
		path: '/console/credentials/signature',
		expect: (p) => (adminOnly(p) === 200 ? 404 : adminOnly(p))
	},
	'/console/api-tokens': { path: '/console/api-tokens', expect: console },
	'/api/v1': { path: '/api/v1', expect: everyone },
	'/api/v1/me': { path: '/api/v1/me', expect: (p) => (p === 'anonymous' ? 401 : 200) },
	'/api/openapi.json': { path: '/api/openapi.json', expect: everyone },
	'/api/[...rest]': { path: '/api/v1/no-such-endpoint', expect: (p) => (p === 'anonymous' ? 401 : 404) },
	'/feed.xml': { path: '/feed.xml', expect: everyone },
	'/feed.atom': { path: '/feed.atom', expect: everyone },
	'/feed.json': { path: '/feed.json', expect: everyone },
	'/sitemap.xml': { path: '/sitemap.xml', expect: everyone },
	'/robots.txt': { path: '/robots.txt', expect: everyone },
	'/healthz': { path: '/healthz', expect: everyone },
	'/readyz': { path: '/readyz', expect: everyone },
	'/metrics': { path: '/metrics', expect: everyone }
};

/** Every routable file under src/routes as a route id with groups removed (`/(public)/about` → `/about`). */
export function discoverRoutes(root = 'src/routes'): string[] {
	const found = new Set<string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (/^\+(page\.svelte|page\.server\.ts|server\.ts)$/.test(name)) {
				const id =
					'/' +
					relative(root, dir)
						.split(/[\\/]/)
						.filter((s) => s && !/^\(.*\)$/.test(s))
						.join('/');
				found.add(id === '/' ? '/' : id.replace(/\/$/, ''));
			}
		}
	};
	walk(root);
	return [...found].sort();
}
