import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it receives, so tests read what the app
 * really sent over the wire. No authentication, no TLS: it only ever listens on loopback.
 */
export interface CapturedMail {
	/** Envelope recipients, lower-cased. */
	to: string[];
	from: string;
	subject: string;
	text: string;
	headers: Record<string, string>;
	raw: string;
	receivedAt: number;
}

export interface SmtpCapture {
	port: number;
	/** An SMTP_URL for the app; nodemailer must not try STARTTLS against this server. */
	url: string;
	messages: CapturedMail[];
	close(): Promise<void>;
}

export async function startSmtpCapture(onMessage?: (mail: CapturedMail) => void): Promise<SmtpCapture> {
	const messages: CapturedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['AUTH', 'STARTTLS'],
		hideSTARTTLS: true,
		logger: false,
		banner: 'sotong test capture',
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('error', callback);
			stream.on('end', () => {
				const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
				const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
				const mail = parseMessage(Buffer.concat(chunks).toString('utf8'), to, from);
				messages.push(mail);
				onMessage?.(mail);
				callback();
			});
		}
	});
	server.on('error', () => {
		/* a client dropping its connection is not a test failure; missing mail is */
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return {
		port,
		url: `smtp://127.0.0.1:${port}/?ignoreTLS=true`,
		messages,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** A small RFC 5322/MIME reader: enough for the plain-text (and multipart/alternative) mail the app sends. */
export function parseMessage(raw: string, to: string[], from: string): CapturedMail {
	const { headers, body } = splitHeaders(raw);
	return {
		to,
		from,
		subject: decodeWords(headers['subject'] ?? ''),
		text: textOf(headers, body),
		headers,
		raw,
		receivedAt: Date.now()
	};
}

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
	const normalised = raw.replace(/\r\n/g, '\n');
	const end = normalised.indexOf('\n\n');
	const head = end === -1 ? normalised : normalised.slice(0, end);
	const body = end === -1 ? '' : normalised.slice(end + 2);
	const headers: Record<string, string> = {};
	for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return { headers, body };
}

function textOf(headers: Record<string, string>, body: string): string {
	const type = headers['content-type'] ?? 'text/plain';
	const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
	if (type.toLowerCase().startsWith('multipart/') && boundary) {
		const parts = body.split(`--${boundary}`).slice(1, -1);
		const parsed = parts.map((p) => splitHeaders(p.replace(/^\n/, '')));
		const plain = parsed.find((p) =>
			(p.headers['content-type'] ?? 'text/plain').toLowerCase().startsWith('text/plain')
		);
		const chosen = plain ?? parsed[0];
		return chosen ? textOf(chosen.headers, chosen.body) : '';
	}
	const decoded = decodeTransfer(body, headers['content-transfer-encoding'] ?? '7bit');
	return decoded.replace(/\n$/, '');
}

function decodeTransfer(body: string, encoding: string): string {
	switch (encoding.toLowerCase()) {
		case 'base64':
			return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
		case 'quoted-printable':
			return decodeQuotedPrintable(body);
		default:
			return body;
	}
}

export function decodeQuotedPrintable(body: string): string {
	const softBreaksRemoved = body.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < softBreaksRemoved.length; i++) {
		const ch = softBreaksRemoved[i];
		const hex = softBreaksRemoved.slice(i + 1, i + 3);
		if (ch === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(...Buffer.from(ch, 'utf8'));
		}
	}
	return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words in headers (=?UTF-8?B?...?= and =?UTF-8?Q?...?=). */
function decodeWords(value: string): string {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?([^?]+)\?([BQbq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) =>
			enc.toUpperCase() === 'B'
				? Buffer.from(data, 'base64').toString('utf8')
				: decodeQuotedPrintable(data.replace(/_/g, ' '))
		);
}

/** The first link in a message whose path starts with `pathPrefix`, e.g. '/verify-email'. */
export function linkIn(message: CapturedMail, pathPrefix: string): URL {
	for (const match of message.text.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
		const url = new URL(match[0]);
		if (url.pathname.startsWith(pathPrefix)) return url;
	}
	throw new Error(
		`No link to ${pathPrefix} in the email "${message.subject}" to ${message.to.join(', ')}:\n${message.text}`
	);
}
