import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		videoEmbed: {
			/** Inserts a video from YouTube, Instagram or TikTok by its link (checked before, and on the server). */
			setVideoEmbed: (url: string) => ReturnType;
		};
	}
}

/**
 * A video inside an article, as the editor holds it: one block that carries only the link. The editor
 * shows it as a box with the link and loads nothing from the platform; the server checks the link and
 * renders the player (content/document.ts).
 */
export const VideoEmbed = Node.create({
	name: 'videoEmbed',
	group: 'block',
	atom: true,
	selectable: true,
	draggable: true,

	addAttributes() {
		return {
			url: {
				default: null,
				parseHTML: (el) => el.getAttribute('data-url'),
				renderHTML: (attrs) => ({ 'data-url': attrs.url })
			}
		};
	},

	parseHTML() {
		return [{ tag: 'div[data-video-embed]' }];
	},

	renderHTML({ node, HTMLAttributes }) {
		return [
			'div',
			mergeAttributes(HTMLAttributes, {
				'data-video-embed': '',
				class: 'video-embed-box',
				contenteditable: 'false'
			}),
			['span', { 'aria-hidden': 'true' }, '▶ '],
			String(node.attrs.url ?? '')
		];
	},

	addCommands() {
		return {
			setVideoEmbed:
				(url) =>
				({ commands }) =>
					commands.insertContent({ type: this.name, attrs: { url } })
		};
	}
});
