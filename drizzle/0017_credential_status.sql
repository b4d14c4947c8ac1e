CREATE TABLE "credential_status_list" (
	"id" integer PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"jwt" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credential" ADD COLUMN "number" text;--> statement-breakpoint
ALTER TABLE "credential" ADD COLUMN "serial" integer;--> statement-breakpoint
-- Credentials issued before certificate numbers get theirs in the order they were issued, per cohort.
UPDATE "credential" AS c SET "serial" = n."serial", "number" = 'GM-' || co."year" || '-' || lpad(n."serial"::text, 4, '0')
FROM (SELECT "id", row_number() OVER (PARTITION BY "cohort_id" ORDER BY "issued_at", "id") AS "serial" FROM "credential") AS n, "cohort" AS co
WHERE n."id" = c."id" AND co."id" = c."cohort_id";--> statement-breakpoint
ALTER TABLE "credential" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "credential" ALTER COLUMN "serial" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "credential" ADD COLUMN "status_index" integer;--> statement-breakpoint
ALTER TABLE "credential" ADD COLUMN "revoked_by" text;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_revoked_by_user_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credential_cohort_serial_idx" ON "credential" USING btree ("cohort_id","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "credential_number_idx" ON "credential" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "credential_status_index_idx" ON "credential" USING btree ("status_index");