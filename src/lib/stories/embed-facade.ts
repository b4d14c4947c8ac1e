import type { Translate } from '#lib/i18n/index.ts';
import { embedFrame, embedOrigins, embedProviders, type EmbedProvider } from './embeds.ts';

const providerName: Record<EmbedProvider, string> = {
	youtube: 'YouTube',
	instagram: 'Instagram',
	tiktok: 'TikTok',
	x: 'X'
};

/**
 * Embeds in server-rendered text arrive as a plain link (`figure.video-embed`, see
 * content/document.ts), so they work without JavaScript. Here each becomes a play button with a line
 * saying what pressing it does; only pressing it loads the platform's player, framed with the
 * permissions of `embedFrame`. Used by stories and forum posts alike; a caller whose content changes
 * passes it as `_content`, so an attachment runs again for the new content.
 */
export function upgradeEmbeds(container: HTMLElement, t: Translate, title: string, _content?: unknown) {
	for (const figure of container.querySelectorAll<HTMLElement>('figure.video-embed:not([data-upgraded])')) {
		const player = figure.dataset.player ?? '';
		const provider = figure.dataset.provider as EmbedProvider;
		if (!embedProviders.includes(provider) || !embedOrigins.some((o) => player.startsWith(`${o}/`))) continue;
		figure.dataset.upgraded = '';
		figure.classList.add(provider);
		const name = providerName[provider];
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'play-button';
		button.textContent = t(provider === 'x' ? 'stories.video.showPost' : 'stories.video.play', {
			provider: name
		});
		const consent = document.createElement('p');
		consent.className = 'consent';
		consent.textContent = t('stories.video.consent', { provider: name });
		const link = figure.querySelector('a');
		if (link) link.textContent = t('stories.video.openOn', { provider: name });
		button.addEventListener('click', () => {
			const frame = document.createElement('iframe');
			frame.src = player;
			frame.title = `${name}: ${title}`;
			for (const [attr, value] of Object.entries(embedFrame)) frame.setAttribute(attr, value);
			figure.classList.add('playing');
			figure.replaceChildren(frame);
			frame.focus();
		});
		figure.prepend(button, consent);
	}
}
