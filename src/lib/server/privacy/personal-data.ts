import type { Executor } from '../core/db.ts';

/**
 * A module's share of a person's data. The privacy service asks each source for its part of the
 * export and has each erase its part, in the same transaction that deletes the account.
 */
export interface PersonalDataSource {
	/** The key of this part in the export file. */
	name: string;
	export(db: Executor, person: { id: string; email: string }): Promise<unknown>;
	/**
	 * Deletes this part inside the account deletion's transaction. Stored files cannot take part in a
	 * transaction: a source returns the storage folders that held the person's files, and the privacy
	 * service removes them once the deletion has committed (so a rolled-back deletion keeps them).
	 */
	erase(db: Executor, person: { id: string; email: string }): Promise<void | { folders: string[] }>;
}
