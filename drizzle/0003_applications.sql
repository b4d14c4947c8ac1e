CREATE TABLE "application" (
	"id" text PRIMARY KEY NOT NULL,
	"cohort_id" text NOT NULL,
	"email" text NOT NULL,
	"name_native" text NOT NULL,
	"name_latin" text NOT NULL,
	"country" text NOT NULL,
	"city" text NOT NULL,
	"languages" text[] NOT NULL,
	"links" text[] NOT NULL,
	"samples" text[] NOT NULL,
	"motivation" text NOT NULL,
	"locale" text NOT NULL,
	"privacy_version" integer NOT NULL,
	"source" text DEFAULT 'form' NOT NULL,
	"status" text NOT NULL,
	"status_token_hash" text NOT NULL,
	"score" jsonb,
	"score_total" integer,
	"scored_by" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"user_id" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "application_status_token_hash_unique" UNIQUE("status_token_hash")
);
--> statement-breakpoint
CREATE TABLE "application_note" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mate_profile" (
	"user_id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"display_name" text NOT NULL,
	"name_native" text NOT NULL,
	"name_latin" text NOT NULL,
	"country" text NOT NULL,
	"city" text NOT NULL,
	"languages" text[] NOT NULL,
	"links" text[] NOT NULL,
	"bio" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"photo_key" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mate_profile_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "mate_membership" (
	"user_id" text NOT NULL,
	"cohort_id" text NOT NULL,
	"application_id" text,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mate_membership_user_id_cohort_id_pk" PRIMARY KEY("user_id","cohort_id")
);
--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_scored_by_user_id_fk" FOREIGN KEY ("scored_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_note" ADD CONSTRAINT "application_note_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_note" ADD CONSTRAINT "application_note_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mate_profile" ADD CONSTRAINT "mate_profile_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mate_membership" ADD CONSTRAINT "mate_membership_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mate_membership" ADD CONSTRAINT "mate_membership_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mate_membership" ADD CONSTRAINT "mate_membership_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "application_cohort_email_idx" ON "application" USING btree ("cohort_id","email");--> statement-breakpoint
CREATE INDEX "application_queue_idx" ON "application" USING btree ("cohort_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "application_note_app_idx" ON "application_note" USING btree ("application_id","created_at");