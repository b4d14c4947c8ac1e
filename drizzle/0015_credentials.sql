CREATE TABLE "credential" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"cohort_id" text NOT NULL,
	"kid" text NOT NULL,
	"jwt" text NOT NULL,
	"document" jsonb NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text
);
--> statement-breakpoint
CREATE TABLE "credential_signing_key" (
	"kid" text PRIMARY KEY NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_key_encrypted" text NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_kid_credential_signing_key_kid_fk" FOREIGN KEY ("kid") REFERENCES "public"."credential_signing_key"("kid") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credential_user_cohort_idx" ON "credential" USING btree ("user_id","cohort_id");--> statement-breakpoint
CREATE INDEX "credential_kid_idx" ON "credential" USING btree ("kid");--> statement-breakpoint
CREATE UNIQUE INDEX "credential_signing_key_active_idx" ON "credential_signing_key" USING btree ("active") WHERE "credential_signing_key"."active";