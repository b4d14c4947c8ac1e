import { ConfigError } from './env.ts';
import { isAppError } from './errors.ts';

/** One clear line for a failed start (bad configuration, unreachable or locked database), no stack. */
export function describeStartupFailure(err: unknown): string {
	if (err instanceof ConfigError) return `Sotong cannot start. ${err.message}`;
	if (isAppError(err)) return `Sotong cannot start. ${err.message}`;
	const message = err instanceof Error ? err.message : String(err);
	return `Sotong cannot start: ${message.split('\n')[0]}`;
}
