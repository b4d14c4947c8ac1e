import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../../tests/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditEvent } from '../audit/schema.ts';
import { AppError } from '../core/errors.ts';
import { parseUploadLimits, saveUploadLimits, uploadLimitsInMegabytes } from './limit-settings.ts';
import { mediaLimits } from './limits.ts';

const MB = 1024 * 1024;
let t: TestApp;
let adminId: string;

beforeAll(async () => {
	t = await createTestApp();
	adminId = (await createPerson(t.app, { roles: ['admin'] })).id;
});
afterAll(async () => {
	await t?.close();
});

function fieldsOf(values: Record<string, string>) {
	try {
		parseUploadLimits(values);
	} catch (err) {
		if (err instanceof AppError) return err.fields;
		throw err;
	}
	return undefined;
}

describe('upload limit settings', () => {
	it('accepts whole megabytes inside each range, from form strings', () => {
		expect(parseUploadLimits({ maxImageMb: '1', maxVideoMb: '4096', quotaMb: '100' })).toEqual({
			maxImageMb: 1,
			maxVideoMb: 4096,
			quotaMb: 100
		});
	});

	it('names the allowed range of each field that is out of it or not a whole number', () => {
		expect(fieldsOf({ maxImageMb: '101', maxVideoMb: '9', quotaMb: '2.5' })).toEqual({
			maxImageMb: { key: 'console.settings.uploadRange', params: { min: 1, max: 100 } },
			maxVideoMb: { key: 'console.settings.uploadRange', params: { min: 10, max: 4096 } },
			quotaMb: { key: 'console.settings.uploadRange', params: { min: 100, max: 102400 } }
		});
		expect(fieldsOf({ maxImageMb: 'lots', maxVideoMb: '', quotaMb: '200' })).toEqual({
			maxImageMb: { key: 'console.settings.uploadRange', params: { min: 1, max: 100 } },
			maxVideoMb: { key: 'console.settings.uploadRange', params: { min: 10, max: 4096 } }
		});
	});

	it('shows the defaults in megabytes, stores changes in bytes and audits each one', async () => {
		const { db } = t.app;
		expect(await uploadLimitsInMegabytes(db)).toEqual({ maxImageMb: 20, maxVideoMb: 500, quotaMb: 5120 });

		const changed = await db.transaction((tx) =>
			saveUploadLimits(tx, { actorId: adminId }, { maxImageMb: 20, maxVideoMb: 1024, quotaMb: 10240 })
		);
		expect(changed).toEqual(['media.maxVideoBytes', 'media.mateUploadQuotaBytes']);
		expect(await mediaLimits(db)).toEqual({
			maxImageBytes: 20 * MB,
			maxVideoBytes: 1024 * MB,
			quotaBytes: 10240 * MB
		});

		const entries = await db
			.select({ targetId: auditEvent.targetId, details: auditEvent.details })
			.from(auditEvent)
			.where(eq(auditEvent.action, 'settings.update'));
		expect(entries).toEqual(
			expect.arrayContaining([
				{ targetId: 'media.maxVideoBytes', details: { value: 1024 * MB, previous: 500 * MB } },
				{ targetId: 'media.mateUploadQuotaBytes', details: { value: 10240 * MB, previous: 5120 * MB } }
			])
		);
		expect(entries.some((e) => e.targetId === 'media.maxImageBytes')).toBe(false);
	});
});
