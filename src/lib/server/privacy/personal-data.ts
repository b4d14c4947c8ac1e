import type { Executor } from '../core/db.ts';

/** What happens to what a person published when they delete their account (a setting). */
export interface ErasePolicy {
	content: 'anonymise' | 'delete';
}

/** Work left for after the deletion has committed: files go only once their rows are surely gone. */
export type AfterErase = () => Promise<void>;

/**
 * A module's share of a person's data. The privacy service asks each source for its part of the
 * export and has each erase its part, in the same transaction that deletes the account, in the
 * order the sources are given (a later source sees what an earlier one kept).
 */
export interface PersonalDataSource {
	/** The key of this part in the export file. */
	name: string;
	export(db: Executor, person: { id: string; email: string }): Promise<unknown>;
	erase(db: Executor, person: { id: string; email: string }, policy: ErasePolicy): Promise<AfterErase | void>;
}
