import { and, desc, eq, gte, ilike, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../core/db.ts';
import { auditEvent } from './schema.ts';

/** Where an action came from: the person and the request. */
export interface ActionContext {
	actorId: string | null;
	actorEmail?: string | null;
	ipAddress?: string | null;
	userAgent?: string | null;
}

export interface AuditEntry {
	action: string;
	targetType?: string;
	targetId?: string;
	details?: Record<string, unknown>;
}

/**
 * Appends an audit event inside the caller's transaction, so the record and the change it describes
 * commit or roll back together.
 */
export async function recordAudit(db: Executor, ctx: ActionContext, entry: AuditEntry): Promise<void> {
	await db.insert(auditEvent).values({
		actorId: ctx.actorId,
		actorEmail: ctx.actorEmail ?? null,
		action: entry.action,
		targetType: entry.targetType ?? null,
		targetId: entry.targetId ?? null,
		details: entry.details ?? {},
		ipAddress: ctx.ipAddress ?? null,
		userAgent: ctx.userAgent?.slice(0, 300) ?? null
	});
}

export interface AuditQuery {
	q?: string;
	action?: string;
	from?: Date;
	to?: Date;
	/** Keyset cursor: the id of the last row of the previous page. */
	before?: number;
	limit?: number;
}

/** Newest first, keyset-paginated so the log stays fast however long it grows. */
export async function listAudit(db: Executor, query: AuditQuery) {
	const limit = Math.min(query.limit ?? 50, 200);
	const conditions: SQL[] = [];
	if (query.action) conditions.push(eq(auditEvent.action, query.action));
	if (query.from) conditions.push(gte(auditEvent.createdAt, query.from));
	if (query.to) conditions.push(lte(auditEvent.createdAt, query.to));
	if (query.before) conditions.push(lt(auditEvent.id, query.before));
	if (query.q) {
		const like = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
		conditions.push(
			or(
				ilike(auditEvent.actorEmail, like),
				ilike(auditEvent.targetId, like),
				ilike(auditEvent.action, like)
			)!
		);
	}
	const rows = await db
		.select()
		.from(auditEvent)
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(desc(auditEvent.id))
		.limit(limit + 1);
	return { events: rows.slice(0, limit), nextBefore: rows.length > limit ? rows[limit - 1].id : null };
}

/** The distinct action names, for the filter menu. */
export async function auditActions(db: Executor): Promise<string[]> {
	const rows = await db
		.select({ action: auditEvent.action })
		.from(auditEvent)
		.groupBy(auditEvent.action)
		.orderBy(sql`1`);
	return rows.map((r) => r.action);
}
