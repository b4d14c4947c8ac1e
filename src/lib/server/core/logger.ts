import { pino, type Logger } from 'pino';

/** Paths whose values must never reach a log line: secrets, tokens, cookies and passwords. */
export const redactedPaths = [
	'password',
	'newPassword',
	'currentPassword',
	'token',
	'secret',
	'*.password',
	'*.token',
	'*.secret',
	'req.headers.cookie',
	'req.headers.authorization',
	'res.headers["set-cookie"]',
	'headers.cookie',
	'headers.authorization',
	'env.AUTH_SECRET',
	'env.SMTP_URL',
	'env.DATABASE_URL'
];

/** Structured JSON logs with redaction; one logger per process, children per request. */
export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream): Logger {
	return pino(
		{
			level,
			base: { service: 'sotong' },
			redact: { paths: redactedPaths, censor: '[redacted]' },
			timestamp: pino.stdTimeFunctions.isoTime
		},
		destination ?? process.stdout
	);
}

export type { Logger };
