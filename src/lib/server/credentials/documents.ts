import type { Readable } from 'node:stream';
import sharp from 'sharp';
import { recordAudit, type ActionContext } from '../audit/service.ts';
import type { Database } from '../core/db.ts';
import { AppError } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Storage } from '../core/storage.ts';
import { parseInput } from '../core/validation.ts';
import { readableImage } from '../media/images.ts';
import { getSetting, putSetting } from '../settings/service.ts';
import { bakedBadge } from './badge.ts';
import { renderCertificate, type CertificateFacts } from './certificate.ts';
import { CertificateFontsMissing, type FontBook } from './fonts.ts';
import { credentialUrls, type MateFacts } from './issue.ts';
import { certificateSettingsInput } from './schemas.ts';
import type { credential } from './schema.ts';

/** The largest signature image an administrator may upload, and its pixel cap. */
const signatureLimits = { maxBytes: 5 * 1024 * 1024, maxPixels: 20_000_000 };

export interface DocumentsDeps {
	db: Database;
	storage: Storage;
	fonts: FontBook;
	origin: string;
	cityName: string;
	cityNameKo: string;
	issuerName: string;
	mateOf: (userId: string, cohortId: string) => Promise<MateFacts | null>;
}

type CredentialRow = typeof credential.$inferSelect;

const seoulDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(d);

async function readAll(stream: Readable): Promise<Buffer> {
	const parts: Buffer[] = [];
	for await (const part of stream) parts.push(Buffer.from(part as Uint8Array));
	return Buffer.concat(parts);
}

/**
 * The forms a Mate's credential takes besides the JWT: the PDF certificate (with the signature an
 * administrator sets) and the badge image with the credential baked in.
 */
export function createCredentialDocuments(deps: DocumentsDeps) {
	const urls = credentialUrls(deps.origin);

	/** What the certificate says, from the Mate's profile now, or from the credential when that is gone. */
	const factsOf = async (row: CredentialRow) => {
		const mate = await deps.mateOf(row.userId, row.cohortId);
		const subject = (row.document.credentialSubject ?? {}) as { name?: string };
		const year = mate?.year ?? Number(/(\d{4})$/.exec(String(row.document.name ?? ''))?.[1] ?? 0);
		return {
			nameLatin: mate?.nameLatin || mate?.name || subject.name || '',
			nameNative: mate?.nameNative ?? null,
			country: mate?.country ?? null,
			year,
			termStart: mate?.termStart ?? seoulDay(row.validFrom),
			termEnd: mate?.termEnd ?? seoulDay(row.validUntil)
		};
	};

	const documents = {
		/** The administrator's certificate settings: who signs, and whether a signature image is set. */
		async certificateSettings() {
			const s = await getSetting(deps.db, 'credentials.certificate');
			return {
				signatoryName: s.signatoryName,
				signatoryTitle: s.signatoryTitle,
				hasSignature: !!s.signatureKey
			};
		},

		/** The signature image as stored (PNG), for the console's preview; null when none is set. */
		async signatureImage(): Promise<Buffer | null> {
			const { signatureKey } = await getSetting(deps.db, 'credentials.certificate');
			if (!signatureKey || !(await deps.storage.exists(signatureKey))) return null;
			return readAll(await deps.storage.get(signatureKey));
		},

		/**
		 * An administrator sets who signs the certificates and, optionally, a new signature image (checked
		 * by its bytes like every upload, then re-encoded as a PNG without metadata, transparency kept) or
		 * removes it. Audited; the replaced image is deleted once the change is stored.
		 */
		async saveCertificateSettings(ctx: ActionContext, values: unknown, signature: Uint8Array | null) {
			const data = parseInput(certificateSettingsInput, values);
			let newKey: string | null = null;
			if (signature) {
				const image = await readableImage(signature, 'signature', signatureLimits);
				let png: Buffer;
				try {
					png = await sharp(image.bytes, { limitInputPixels: signatureLimits.maxPixels, failOn: 'error' })
						.rotate()
						.resize(1200, 400, { fit: 'inside', withoutEnlargement: true })
						.png()
						.toBuffer();
				} catch (err) {
					throw new AppError('validation_failed', 'Unreadable image', {
						fields: { signature: { key: 'errors.upload.unreadable' } },
						cause: err
					});
				}
				newKey = `credentials/signature-${newId()}.png`;
				await deps.storage.put(newKey, png);
			}
			const before = await getSetting(deps.db, 'credentials.certificate');
			const signatureKey = newKey ?? (data.removeSignature ? null : before.signatureKey);
			try {
				await deps.db.transaction(async (tx) => {
					await putSetting(
						tx,
						'credentials.certificate',
						{ signatureKey, signatoryName: data.signatoryName, signatoryTitle: data.signatoryTitle },
						ctx.actorId
					);
					await recordAudit(tx, ctx, {
						action: 'credentials.certificate_settings',
						targetType: 'setting',
						targetId: 'credentials.certificate',
						details: {
							signatoryName: data.signatoryName,
							signatoryTitle: data.signatoryTitle,
							signature: newKey ? 'replaced' : signatureKey ? 'kept' : 'none'
						}
					});
				});
			} catch (err) {
				if (newKey) await deps.storage.remove(newKey).catch(() => undefined);
				throw err;
			}
			if (before.signatureKey && before.signatureKey !== signatureKey)
				await deps.storage.remove(before.signatureKey).catch(() => undefined);
		},

		/** The PDF certificate of one credential. */
		async certificatePdf(row: CredentialRow): Promise<Buffer> {
			const [facts, settings, image] = await Promise.all([
				factsOf(row),
				getSetting(deps.db, 'credentials.certificate'),
				documents.signatureImage()
			]);
			const input: CertificateFacts = {
				...facts,
				number: row.number,
				issuedAt: row.issuedAt,
				issuerName: deps.issuerName,
				cityEn: deps.cityName,
				cityKo: deps.cityNameKo,
				verifyUrl: urls.verify(row.id),
				signature:
					image || settings.signatoryName || settings.signatoryTitle
						? { image, name: settings.signatoryName, title: settings.signatoryTitle }
						: null
			};
			try {
				return await renderCertificate(input, deps.fonts);
			} catch (err) {
				if (err instanceof CertificateFontsMissing)
					throw new AppError('certificate_unavailable', err.message, { cause: err });
				throw err;
			}
		},

		/** The badge image of one credential, with its compact JWT baked in. */
		async badgePng(row: CredentialRow): Promise<Buffer> {
			const { year } = await factsOf(row);
			return bakedBadge({ cityEn: deps.cityName, cityKo: deps.cityNameKo, year }, row.jwt);
		}
	};
	return documents;
}
