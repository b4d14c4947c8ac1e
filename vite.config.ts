import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { embedOrigins } from './src/lib/stories/embeds.ts';

export default defineConfig({
	plugins: [
		sveltekit({
			compilerOptions: {
				runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
			},
			adapter: adapter({ out: 'build', precompress: true }),
			// A fresh nonce for every rendered page (the page cache puts a new one in every page it
			// answers: core/page-cache.ts); hashes only for anything prerendered.
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					// Only SvelteKit's route announcer style attribute, by hash; no other inline style.
					'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
					'img-src': ['self', 'data:', 'blob:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'media-src': ['self', 'blob:'],
					// Only the official players of video stories, and only once a visitor asks to play one.
					'frame-src': [...embedOrigins],
					'frame-ancestors': ['none'],
					'form-action': ['self'],
					'base-uri': ['self'],
					'object-src': ['none']
				}
			},
			version: { pollInterval: 0 }
		})
	],
	test: {
		// Unit and integration tests run in Node against a real database (see tests/setup).
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/support/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks',
		maxWorkers: 2,
		// better-auth logs each refused sign-in as a warning; the tests assert those refusals themselves.
		onConsoleLog: (log) => (log.includes('[Better Auth]') ? false : undefined)
	}
});
