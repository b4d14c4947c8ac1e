import type { StoryStatus } from './schema.ts';

/** What can be done to a story, and by whom: the author or a content reviewer. */
export const storyActions = {
	submit: { by: 'author', from: ['draft', 'changes_requested'], to: 'submitted' },
	withdraw: { by: 'author', from: ['submitted'], to: 'draft' },
	requestChanges: { by: 'reviewer', from: ['submitted'], to: 'changes_requested' },
	publish: { by: 'reviewer', from: ['submitted', 'unpublished'], to: 'published' },
	unpublish: { by: 'reviewer', from: ['published'], to: 'unpublished' },
	archive: { by: 'either', from: ['draft', 'changes_requested', 'published', 'unpublished'], to: 'archived' }
} as const satisfies Record<
	string,
	{ by: 'author' | 'reviewer' | 'either'; from: StoryStatus[]; to: StoryStatus }
>;

export type StoryAction = keyof typeof storyActions;

/** The actions open to someone on a story in a given status. */
export function actionsOpen(status: StoryStatus, as: { author: boolean; reviewer: boolean }): StoryAction[] {
	return (Object.keys(storyActions) as StoryAction[]).filter((a) => {
		const rule = storyActions[a];
		const who =
			rule.by === 'either' ? as.author || as.reviewer : rule.by === 'author' ? as.author : as.reviewer;
		return who && (rule.from as readonly StoryStatus[]).includes(status);
	});
}

/** An author may change the text while it is theirs to change: not while it waits for review. */
export function authorCanEdit(status: StoryStatus): boolean {
	return (
		status === 'draft' || status === 'changes_requested' || status === 'published' || status === 'unpublished'
	);
}
