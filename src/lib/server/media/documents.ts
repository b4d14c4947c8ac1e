import { AppError } from '../core/errors.ts';
import { formatBytes } from './limits.ts';

/** The largest PDF one file may be. PDFs are stored as sent, so this is the whole cost of one. */
export const maxPdfBytes = 10 * 1024 * 1024;

const refuse = (field: string, key: string, params?: Record<string, string | number>) =>
	new AppError('validation_failed', key, { fields: { [field]: { key, params } } });

/** True when the bytes begin as a PDF does (`%PDF-`): the type comes from the bytes, never the name. */
export function looksLikePdf(bytes: Uint8Array): boolean {
	return (
		Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 5)).toString('latin1') === '%PDF-'
	);
}

/**
 * Checks an uploaded PDF by its bytes: not empty, within the size limit, starting with `%PDF-` and
 * ending with the `%%EOF` marker (a file cut short in transfer has none). PDFs are not re-encoded:
 * they are stored as sent and only ever served as downloads (`Content-Disposition: attachment`,
 * `nosniff`, `Content-Security-Policy: sandbox`), never shown inside a page.
 */
export function inspectPdf(
	bytes: Uint8Array,
	field: string,
	maxBytes = maxPdfBytes
): { mime: 'application/pdf' } {
	if (bytes.byteLength === 0) throw refuse(field, 'errors.upload.empty');
	if (bytes.byteLength > maxBytes)
		throw refuse(field, 'errors.upload.tooLarge', { max: formatBytes(maxBytes) });
	if (!looksLikePdf(bytes)) throw refuse(field, 'errors.upload.notPdf');
	const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
		.subarray(Math.max(0, bytes.byteLength - 1024))
		.toString('latin1');
	if (!tail.includes('%%EOF')) throw refuse(field, 'errors.upload.pdfTruncated');
	return { mime: 'application/pdf' };
}
