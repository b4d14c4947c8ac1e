import { z } from 'zod';
import { errorBody, meResponse } from './schemas.ts';

/** One documented operation of /api/v1, pointing at the zod schemas that also validate it. */
interface Operation {
	method: 'get' | 'post' | 'put' | 'patch' | 'delete';
	path: string;
	operationId: string;
	summary: string;
	tags: string[];
	response: z.ZodType;
	requestBody?: z.ZodType;
	public?: boolean;
}

/** The API's operations. A new endpoint adds its entry here, next to its zod schemas. */
export const operations: Operation[] = [
	{
		method: 'get',
		path: '/api/v1/me',
		operationId: 'getMe',
		summary: 'The person or integration the request is authenticated as, with its roles.',
		tags: ['accounts'],
		response: meResponse
	}
];

/**
 * The JSON Schema of a zod schema, with named schemas (`.meta({ id })`) moved into
 * `components.schemas` and every reference pointed there, as OpenAPI 3.1 expects.
 */
const schemaRef = (schema: z.ZodType, components: Record<string, unknown>): Record<string, unknown> => {
	const toComponents = (node: unknown): Record<string, unknown> =>
		JSON.parse(JSON.stringify(node).replaceAll('"#/$defs/', '"#/components/schemas/'));
	const {
		$schema: _dialect,
		$defs = {},
		...rest
	} = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown> & {
		$defs?: Record<string, unknown>;
	};
	for (const [name, definition] of Object.entries($defs)) components[name] = toComponents(definition);
	return toComponents(rest);
};

/** Builds the OpenAPI 3.1 document from the registered operations. */
export function openApiDocument(origin: string, version: string) {
	const components: Record<string, unknown> = {};
	const error = schemaRef(errorBody, components);
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of operations) {
		paths[op.path] ??= {};
		paths[op.path][op.method] = {
			operationId: op.operationId,
			summary: op.summary,
			tags: op.tags,
			security: op.public ? [] : [{ bearerToken: [] }, { sessionCookie: [] }],
			...(op.requestBody
				? {
						requestBody: {
							required: true,
							content: { 'application/json': { schema: schemaRef(op.requestBody, components) } }
						}
					}
				: {}),
			responses: {
				'200': {
					description: 'OK',
					content: { 'application/json': { schema: schemaRef(op.response, components) } }
				},
				'401': { description: 'Not authenticated', content: { 'application/json': { schema: error } } },
				'403': { description: 'Not allowed', content: { 'application/json': { schema: error } } },
				'422': { description: 'Invalid input', content: { 'application/json': { schema: error } } },
				'429': { description: 'Too many requests', content: { 'application/json': { schema: error } } }
			}
		};
	}
	return {
		openapi: '3.1.0',
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		info: {
			title: 'Sotong API',
			version,
			description:
				'The JSON API of Sotong. Staff integrations authenticate with an API token (Authorization: Bearer stk_…) created in the console.'
		},
		servers: [{ url: origin }],
		paths,
		components: {
			schemas: components,
			securitySchemes: {
				bearerToken: {
					type: 'http',
					scheme: 'bearer',
					description: 'An API token created in the staff console'
				},
				sessionCookie: { type: 'apiKey', in: 'cookie', name: 'sotong.session_token' }
			}
		}
	};
}
