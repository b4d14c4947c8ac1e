import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema.ts';
import type { JWK } from 'jose';

/**
 * A key the city signs credentials with (Ed25519). The public half is published as a JWK; the private
 * half is kept encrypted with AES-256-GCM under `CREDENTIALS_KEY`. One key is active at a time; keys
 * that were rotated out stay published so the credentials they signed keep verifying.
 */
export const signingKey = pgTable(
	'credential_signing_key',
	{
		kid: text('kid').primaryKey(),
		publicJwk: jsonb('public_jwk').$type<JWK>().notNull(),
		/** `iv.ciphertext.tag`, each base64url: the PKCS#8 private key encrypted under the environment key. */
		privateKeyEncrypted: text('private_key_encrypted').notNull(),
		active: boolean('active').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		retiredAt: timestamp('retired_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('credential_signing_key_active_idx')
			.on(t.active)
			.where(sql`${t.active}`)
	]
);

/**
 * An Open Badges 3.0 credential the city issued to a Mate for one cohort, kept as the signed compact
 * JWT (the credential itself) with the facts needed to look it up and report its status.
 */
export const credential = pgTable(
	'credential',
	{
		/** The UUID in the credential's id (`urn:uuid:<id>`) and its verification address `/verify/<id>`. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** The cohort (mates module) the credential is for; an id, not a foreign key across modules. */
		cohortId: text('cohort_id').notNull(),
		kid: text('kid')
			.notNull()
			.references(() => signingKey.kid, { onDelete: 'restrict' }),
		jwt: text('jwt').notNull(),
		/** The unsigned credential as issued, for the JSON download and the verification page. */
		document: jsonb('document').$type<Record<string, unknown>>().notNull(),
		validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
		validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
		issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
		/** The number printed on the PDF certificate: `GM-<cohort year>-<serial, 4 digits>`. */
		number: text('number').notNull(),
		/** Its place in the cohort's numbering (1, 2, …), never reused. */
		serial: integer('serial').notNull(),
		/**
		 * The credential's bit in the revocation status list (`credentialStatus.statusListIndex`), drawn at
		 * random. Null for credentials issued before status lists, whose JWT has no `credentialStatus`.
		 */
		statusIndex: integer('status_index'),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		revokedReason: text('revoked_reason'),
		revokedBy: text('revoked_by').references(() => user.id, { onDelete: 'set null' })
	},
	(t) => [
		uniqueIndex('credential_user_cohort_idx').on(t.userId, t.cohortId),
		uniqueIndex('credential_cohort_serial_idx').on(t.cohortId, t.serial),
		uniqueIndex('credential_number_idx').on(t.number),
		uniqueIndex('credential_status_index_idx').on(t.statusIndex),
		index('credential_kid_idx').on(t.kid)
	]
);

/**
 * A Bitstring Status List credential the city publishes at `/credentials/status/<id>`: kept signed
 * (VC-JWT) and signed again, from the revoked credentials, whenever one is revoked.
 */
export const statusList = pgTable('credential_status_list', {
	id: integer('id').primaryKey(),
	purpose: text('purpose').notNull(),
	jwt: text('jwt').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
