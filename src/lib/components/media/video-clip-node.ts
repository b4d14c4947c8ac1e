import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		videoClip: {
			/** Inserts a clip uploaded here, by the address of its original file. */
			setVideoClip: (src: string) => ReturnType;
		};
	}
}

/**
 * A short video clip uploaded here, inside the text (forum posts): one block holding only the file's
 * address. The editor plays it in the browser's player; the server checks the address is an upload of
 * the writer's and renders the player with its poster (content/document.ts).
 */
export const VideoClip = Node.create({
	name: 'video',
	group: 'block',
	atom: true,
	selectable: true,
	draggable: true,

	addAttributes() {
		return { src: { default: null } };
	},

	parseHTML() {
		return [{ tag: 'video[data-video-clip]' }];
	},

	renderHTML({ HTMLAttributes }) {
		return [
			'video',
			mergeAttributes(HTMLAttributes, {
				'data-video-clip': '',
				controls: 'true',
				preload: 'metadata',
				class: 'video-clip-box'
			})
		];
	},

	addCommands() {
		return {
			setVideoClip:
				(src) =>
				({ commands }) =>
					commands.insertContent({ type: this.name, attrs: { src } })
		};
	}
});
