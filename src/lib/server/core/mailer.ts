import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from './logger.ts';

/** An email the app sends; text is always present so every client can read it. */
export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	html?: string;
	/** Extra headers, e.g. List-Unsubscribe on notification emails. */
	headers?: Record<string, string>;
}

export interface Mailer {
	send(message: MailMessage): Promise<void>;
	close(): void;
}

/**
 * Sends over SMTP when SMTP_URL is set. Without it (demo and development only; production requires
 * SMTP_URL) each message is written as an .eml file under DATA_DIR/mail and its path logged, so a
 * person trying the demo can open the verification and reset links.
 */
export function createMailer(opts: {
	smtpUrl?: string;
	from: string;
	dataDir: string;
	logger: Logger;
}): Mailer {
	if (opts.smtpUrl) {
		const transport = nodemailer.createTransport(opts.smtpUrl);
		return {
			async send(message) {
				await transport.sendMail({ from: opts.from, ...message });
			},
			close: () => transport.close()
		};
	}
	const outbox = join(opts.dataDir, 'mail');
	const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	return {
		async send(message) {
			const info = await transport.sendMail({ from: opts.from, ...message });
			mkdirSync(outbox, { recursive: true });
			const file = join(outbox, `${Date.now()}-${info.messageId.replace(/[^a-z0-9]/gi, '')}.eml`);
			writeFileSync(file, info.message as Buffer);
			opts.logger.info(
				{ mailTo: message.to, subject: message.subject, file },
				'email saved to the local outbox'
			);
		},
		close: () => transport.close()
	};
}
