/**
 * Every module's tables, gathered for Drizzle and drizzle-kit. Modules own their tables and use each
 * other only through services; this file is the one place that sees them all.
 */
export * from '../accounts/schema.ts';
export * from '../staff/schema.ts';
export * from '../audit/schema.ts';
export * from '../api/schema.ts';
export * from '../settings/schema.ts';
export * from '../privacy/schema.ts';
export * from '../mates/schema.ts';
export * from '../stories/schema.ts';
export * from '../media/schema.ts';
export * from '../forum/schema.ts';
export * from '../forum/extras-schema.ts';
export * from '../forum/moderation-schema.ts';
export * from '../credentials/schema.ts';
export * from '../symbols/schema.ts';
export * from '../notifications/schema.ts';
