import { describe, expect, it } from 'vitest';
import { meResponse } from './schemas.ts';
import { openApiDocument, operations } from './openapi.ts';

describe('OpenAPI document', () => {
	const doc = openApiDocument('https://sotong.example', '1.2.3');

	it('is OpenAPI 3.1 with every registered operation', () => {
		expect(doc.openapi).toBe('3.1.0');
		expect(doc.servers).toEqual([{ url: 'https://sotong.example' }]);
		for (const op of operations)
			expect(doc.paths[op.path]?.[op.method]).toMatchObject({ operationId: op.operationId });
	});

	it('resolves every $ref inside components.schemas', () => {
		const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
		expect(refs.length).toBeGreaterThan(0);
		for (const ref of refs) {
			expect(ref).toMatch(/^#\/components\/schemas\//);
			expect(doc.components.schemas).toHaveProperty(ref.split('/').at(-1)!);
		}
	});

	it('describes responses with the same zod schema that serialises them', () => {
		const me = doc.components.schemas.Me as { properties: Record<string, unknown>; required: string[] };
		expect(Object.keys(me.properties).sort()).toEqual(Object.keys(meResponse.shape).sort());
		expect(me.required).toEqual(expect.arrayContaining(['id', 'email', 'roles', 'authenticatedBy']));
	});
});
