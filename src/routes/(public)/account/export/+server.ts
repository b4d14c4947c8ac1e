import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.ts';
import { authorize } from '#lib/web/guards.ts';
import { accountsPolicy } from '#lib/server/accounts/policy.ts';

/** Downloads everything held about the signed-in person's account as one JSON file. */
export const GET: RequestHandler = async (event) => {
	const viewer = authorize(event, accountsPolicy.canManageOwnAccount);
	const data = await app().privacy.exportData(viewer.userId);
	const date = data.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="sotong-account-${date}.json"`,
			'cache-control': 'no-store'
		}
	});
};
