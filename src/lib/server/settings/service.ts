import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../core/db.ts';
import { setting } from './schema.ts';

/**
 * Each administrator setting with its schema and default. Unknown keys cannot be written; a stored
 * value that no longer parses falls back to the default rather than breaking a page.
 */
export const settingDefinitions = {
	/** What happens to a person's published content when they delete their account. */
	'privacy.contentOnDeletion': {
		schema: z.enum(['anonymise', 'delete']),
		default: 'anonymise' as const
	},
	/** The largest video one file may be, in bytes (checked when an upload starts and while it runs). */
	'media.maxVideoBytes': {
		schema: z.number().int().positive(),
		default: 500 * 1024 * 1024
	},
	/** The largest image one file may be, in bytes. */
	'media.maxImageBytes': {
		schema: z.number().int().positive(),
		default: 20 * 1024 * 1024
	},
	/** What one Mate may keep stored in all: videos, images and uploads in progress, in bytes. */
	'media.mateUploadQuotaBytes': {
		schema: z.number().int().positive(),
		default: 5 * 1024 * 1024 * 1024
	},
	/** What the PDF certificate shows under its signature line (credentials module): the image and who signs. */
	'credentials.certificate': {
		schema: z.object({
			signatureKey: z.string().nullable(),
			signatoryName: z.string().max(100),
			signatoryTitle: z.string().max(100)
		}),
		default: { signatureKey: null, signatoryName: '', signatoryTitle: '' }
	},
	/** Forum anti-abuse (forum/anti-abuse.ts): at most this many posts a minute per member; staff are exempt. */
	'forum.postsPerMinute': {
		schema: z.number().int().min(1).max(60),
		default: 5
	},
	/** A member's first posts wait for a reviewer until this many of theirs are approved (0: never). */
	'forum.approvalPosts': {
		schema: z.number().int().min(0).max(20),
		default: 0
	},
	/** New members may put at most this many links in a post… */
	'forum.newMemberLinks': {
		schema: z.number().int().min(0).max(50),
		default: 2
	},
	/** …until this many of their posts are approved (shown, not hidden). */
	'forum.newMemberPosts': {
		schema: z.number().int().min(0).max(100),
		default: 3
	},
	/** The demo sign-in details, kept only while the app runs in demo mode. */
	'demo.credentials': {
		schema: z.object({
			password: z.string(),
			accounts: z.array(z.object({ email: z.string(), role: z.string(), totpSecret: z.string().nullable() }))
		}),
		default: null
	}
} as const;

export type SettingKey = keyof typeof settingDefinitions;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingDefinitions)[K]['schema']>;

/** Reads a setting, or its default. */
export async function getSetting<K extends SettingKey>(
	db: Executor,
	key: K
): Promise<SettingValue<K> | (typeof settingDefinitions)[K]['default']> {
	const [row] = await db.select().from(setting).where(eq(setting.key, key));
	const def = settingDefinitions[key];
	if (!row) return def.default;
	const parsed = def.schema.safeParse(row.value);
	return parsed.success ? (parsed.data as SettingValue<K>) : def.default;
}

/** Validates and stores a setting (upsert). */
export async function putSetting<K extends SettingKey>(
	db: Executor,
	key: K,
	value: SettingValue<K>,
	by: string | null
) {
	const parsed = settingDefinitions[key].schema.parse(value);
	await db
		.insert(setting)
		.values({ key, value: parsed, updatedBy: by })
		.onConflictDoUpdate({
			target: setting.key,
			set: { value: parsed, updatedBy: by, updatedAt: new Date() }
		});
}
