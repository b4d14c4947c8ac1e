import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { app } from '#lib/server/app.ts';
import { auditActions, listAudit } from '#lib/server/audit/service.ts';
import { auditPolicy } from '#lib/server/audit/policy.ts';
import { authorize } from '#lib/web/guards.ts';

const query = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	action: z.string().max(100).optional().catch(undefined),
	before: z.coerce.number().int().positive().optional().catch(undefined)
});

/** The audit log, newest first, filterable by action and searchable by person or target. */
export const load: PageServerLoad = async (event) => {
	authorize(event, auditPolicy.canReadAudit);
	const params = query.parse(Object.fromEntries(event.url.searchParams));
	const { db } = app();
	const [page, actions] = await Promise.all([
		listAudit(db, { q: params.q || undefined, action: params.action || undefined, before: params.before }),
		auditActions(db)
	]);
	return {
		filters: { q: params.q ?? '', action: params.action ?? '' },
		actions,
		nextBefore: page.nextBefore,
		events: page.events.map((e) => ({
			...e,
			createdAt: e.createdAt.toISOString(),
			details: JSON.stringify(e.details)
		}))
	};
};
