import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `column = any($name)`: a list a prepared statement can take as one parameter, where an `IN (…)` list
 * would change the statement's text with its length. The pages visitors read most run prepared
 * statements, so neither Drizzle nor PostgreSQL build and plan their queries again on every request.
 */
export function inList(column: AnyColumn, name: string): SQL {
	return sql`${column} = any(${sql.placeholder(name)})`;
}
