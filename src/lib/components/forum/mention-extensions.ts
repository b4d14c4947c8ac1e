import { Extension, Mark } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * A mention in the editor: `@handle` marked as a link to the Mate's page, as the server renders it
 * (`<a class="mention" href="/mates/…">`). Parsed before links, so quoting a post that mentions
 * someone keeps a mention (the server decides again what is one when the post is saved).
 */
export const MentionMark = Mark.create({
	name: 'mention',
	priority: 1001,
	inclusive: false,
	addAttributes() {
		return {
			handle: {
				default: null,
				parseHTML: (el) =>
					el.getAttribute('data-mention') ??
					decodeURIComponent((el.getAttribute('href') ?? '').replace(/^\/mates\//, '')),
				renderHTML: (attrs) => ({
					'data-mention': attrs.handle,
					href: `/mates/${encodeURIComponent(String(attrs.handle ?? ''))}`,
					class: 'mention'
				})
			}
		};
	},
	parseHTML() {
		return [{ tag: 'a.mention' }, { tag: 'a[data-mention]' }];
	},
	renderHTML({ HTMLAttributes }) {
		return ['a', HTMLAttributes, 0];
	}
});

/** What the suggestion list needs from the editor, and gives back. */
export interface MentionCallbacks {
	/** What is typed after `@` before the cursor (null when the cursor is not after one). */
	query(typed: string | null): void;
	/** A key pressed while a suggestion may be open; true when the list used it. */
	key(event: KeyboardEvent): boolean;
	/** ARIA attributes for the editor (the listbox it controls, the option in focus). */
	attributes(): Record<string, string>;
}

const key = new PluginKey('mentionSuggestions');
const typedMention = /(?:^|[^\p{L}\p{N}_@./-])@([\p{L}\p{N}-]{0,40})$/u;

function typedAt(state: EditorState) {
	const { $from, empty } = state.selection;
	if (!empty) return null;
	const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
	const m = typedMention.exec(before);
	return m ? { typed: m[1], from: $from.pos - m[1].length - 1, to: $from.pos } : null;
}

/**
 * Suggestions after `@`: the editor reports what is typed, lets the list take arrow keys, Enter,
 * Tab and Escape while it is open, and replaces `@typed` with the chosen `@handle `.
 */
export function mentionSuggestions(cb: MentionCallbacks) {
	let view: EditorView | null = null;
	let range: { from: number; to: number } | null = null;
	const plugin = new Plugin({
		key,
		view(v) {
			view = v;
			return {
				update(v) {
					const found = typedAt(v.state);
					range = found && { from: found.from, to: found.to };
					cb.query(found ? found.typed : null);
				},
				destroy() {
					view = null;
				}
			};
		},
		props: {
			handleKeyDown: (_v, event) => (range ? cb.key(event) : false),
			attributes: () => cb.attributes()
		}
	});
	return {
		extension: Extension.create({ name: 'mentionSuggestions', addProseMirrorPlugins: () => [plugin] }),
		/** Replaces what was typed after `@` with the handle and a space, and keeps writing. */
		choose(handle: string) {
			if (!view || !range) return;
			view.dispatch(view.state.tr.insertText(`@${handle} `, range.from, range.to));
			view.focus();
		},
		/** Re-reads the ARIA attributes after the list changed. */
		refresh() {
			if (view) view.dispatch(view.state.tr.setMeta(key, true));
		}
	};
}
