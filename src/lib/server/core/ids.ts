import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A random id for rows the app creates itself. */
export const newId = (): string => randomUUID();

/** A URL-safe secret for links and tokens; only its hash is stored. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** SHA-256 hex of a secret, for lookup without keeping the secret itself. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
