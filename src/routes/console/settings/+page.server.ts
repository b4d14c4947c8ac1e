import type { Actions, PageServerLoad } from './$types';
import { z } from 'zod';
import { app } from '#lib/server/app.ts';
import { recordAudit } from '#lib/server/audit/service.ts';
import { getSetting, putSetting } from '#lib/server/settings/service.ts';
import { parseInput } from '#lib/server/core/validation.ts';
import {
	parseUploadLimits,
	saveUploadLimits,
	uploadLimitRanges,
	uploadLimitsInMegabytes
} from '#lib/server/media/limit-settings.ts';
import { settingsPolicy } from '#lib/server/settings/policy.ts';
import { forumAbuseSettings } from '#lib/server/forum/anti-abuse.ts';
import { forumLimitRanges, parseForumLimits, saveForumLimits } from '#lib/server/forum/abuse-settings.ts';
import { credentialsPolicy } from '#lib/server/credentials/policy.ts';
import { actionContext, authorize } from '#lib/web/guards.ts';
import { formValues, runForm } from '#lib/web/forms.ts';

const settingsInput = z.object({ contentOnDeletion: z.enum(['anonymise', 'delete']) });

/** Platform settings an administrator changes, and publishing a new privacy notice version. */
export const load: PageServerLoad = async (event) => {
	authorize(event, settingsPolicy.canManageSettings);
	const { db, privacy } = app();
	const [contentOnDeletion, uploads, notice, jwks, forumLimits] = await Promise.all([
		getSetting(db, 'privacy.contentOnDeletion'),
		uploadLimitsInMegabytes(db),
		privacy.currentNotice(),
		app().credentials.jwks(),
		forumAbuseSettings(db)
	]);
	return {
		contentOnDeletion,
		uploads,
		uploadFields: (['maxImageMb', 'maxVideoMb', 'quotaMb'] as const).map((name) => ({
			name,
			min: uploadLimitRanges[name].min,
			max: uploadLimitRanges[name].max
		})),
		forumLimits,
		forumFields: Object.entries(forumLimitRanges).map(([name, r]) => ({ name, min: r.min, max: r.max })),
		notice: { version: notice.version, bodyEn: notice.bodyEn, bodyKo: notice.bodyKo },
		signingKey: { kid: jwks.keys[0]?.kid ?? '', published: jwks.keys.length }
	};
};

export const actions: Actions = {
	save: async (event) => {
		authorize(event, settingsPolicy.canManageSettings);
		const values = await formValues(event.request);
		const result = await runForm(event, values, async () => {
			const data = parseInput(settingsInput, values);
			const ctx = actionContext(event);
			await app().db.transaction(async (tx) => {
				await putSetting(tx, 'privacy.contentOnDeletion', data.contentOnDeletion, ctx.actorId);
				await recordAudit(tx, ctx, {
					action: 'settings.update',
					targetType: 'setting',
					targetId: 'privacy.contentOnDeletion',
					details: { value: data.contentOnDeletion }
				});
			});
		});
		return result ?? { done: 'saved' };
	},
	saveUploads: async (event) => {
		authorize(event, settingsPolicy.canManageSettings);
		const values = await formValues(event.request);
		const result = await runForm(event, values, async () => {
			const data = parseUploadLimits(values);
			const ctx = actionContext(event);
			await app().db.transaction((tx) => saveUploadLimits(tx, ctx, data));
		});
		return result ?? { done: 'uploadsSaved' };
	},
	saveForum: async (event) => {
		authorize(event, settingsPolicy.canManageSettings);
		const values = await formValues(event.request);
		const result = await runForm(event, values, async () => {
			const data = parseForumLimits(values);
			const ctx = actionContext(event);
			await app().db.transaction((tx) => saveForumLimits(tx, ctx, data));
		});
		return result ?? { done: 'forumSaved' };
	},
	rotateKey: async (event) => {
		authorize(event, credentialsPolicy.canRotateKeys);
		const result = await runForm(event, {}, () => app().credentials.rotateKey(actionContext(event)));
		return typeof result === 'string' ? { done: 'rotated' } : result;
	},
	publishNotice: async (event) => {
		authorize(event, settingsPolicy.canManageSettings);
		const values = await formValues(event.request);
		const result = await runForm(event, values, () =>
			app().privacy.publishNotice(actionContext(event), values)
		);
		return typeof result === 'number' ? { done: 'published', version: result } : result;
	}
};
