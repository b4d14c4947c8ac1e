CREATE TABLE "application_sample" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"slot" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"bytes" bigint NOT NULL,
	"width" integer,
	"height" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_sample" ADD CONSTRAINT "application_sample_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_sample_app_idx" ON "application_sample" USING btree ("application_id","slot");