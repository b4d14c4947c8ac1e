import { z } from 'zod';
import { digestFrequencies, subscriptionLevels } from './schema.ts';

/** A subscribe / mute / off button's value. */
export const levelInput = z.object({
	level: z.enum(subscriptionLevels, { error: 'errors.field.required' })
});

/** The email choices on the account page: a checkbox (sent only when ticked) and a choice of digest. */
export const emailSettingsInput = z.object({
	instantEmail: z
		.union([z.literal('on'), z.literal('true'), z.boolean()])
		.optional()
		.transform((v) => v === 'on' || v === 'true' || v === true),
	digest: z.enum(digestFrequencies, { error: 'errors.field.required' })
});

/** Which notification a "mark read" button names. */
export const notificationIdInput = z.object({ id: z.uuid() });
