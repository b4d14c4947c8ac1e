CREATE TABLE "forum_flag" (
	"id" text PRIMARY KEY NOT NULL,
	"post_id" text NOT NULL,
	"flagger_id" text NOT NULL,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"resolution" text
);
--> statement-breakpoint
CREATE TABLE "forum_moderation_note" (
	"id" text PRIMARY KEY NOT NULL,
	"action" text NOT NULL,
	"topic_id" integer,
	"post_id" text,
	"subject_id" text,
	"moderator_id" text,
	"reason" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_pending_post" (
	"id" text PRIMARY KEY NOT NULL,
	"author_id" text NOT NULL,
	"topic_id" integer,
	"category_id" text,
	"title" text,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"rejected_at" timestamp with time zone,
	"reject_reason" text
);
--> statement-breakpoint
CREATE TABLE "forum_post_revision" (
	"id" text PRIMARY KEY NOT NULL,
	"post_id" text NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"editor_id" text,
	"by_staff" boolean DEFAULT false NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_silence" (
	"user_id" text PRIMARY KEY NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"moderator_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forum_post" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "forum_post" ADD COLUMN "staff_edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "forum_topic" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "forum_topic" ADD COLUMN "merged_into_id" integer;--> statement-breakpoint
ALTER TABLE "forum_flag" ADD CONSTRAINT "forum_flag_post_id_forum_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_flag" ADD CONSTRAINT "forum_flag_flagger_id_user_id_fk" FOREIGN KEY ("flagger_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_flag" ADD CONSTRAINT "forum_flag_resolved_by_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_moderation_note" ADD CONSTRAINT "forum_moderation_note_topic_id_forum_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."forum_topic"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_moderation_note" ADD CONSTRAINT "forum_moderation_note_post_id_forum_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_moderation_note" ADD CONSTRAINT "forum_moderation_note_subject_id_user_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_moderation_note" ADD CONSTRAINT "forum_moderation_note_moderator_id_user_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_pending_post" ADD CONSTRAINT "forum_pending_post_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_pending_post" ADD CONSTRAINT "forum_pending_post_topic_id_forum_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."forum_topic"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_pending_post" ADD CONSTRAINT "forum_pending_post_category_id_forum_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."forum_category"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_revision" ADD CONSTRAINT "forum_post_revision_post_id_forum_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_revision" ADD CONSTRAINT "forum_post_revision_editor_id_user_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_silence" ADD CONSTRAINT "forum_silence_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_silence" ADD CONSTRAINT "forum_silence_moderator_id_user_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "forum_flag_open_idx" ON "forum_flag" USING btree ("post_id","flagger_id") WHERE "forum_flag"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "forum_flag_queue_idx" ON "forum_flag" USING btree ("resolved_at","created_at");--> statement-breakpoint
CREATE INDEX "forum_moderation_note_topic_idx" ON "forum_moderation_note" USING btree ("topic_id","subject_id");--> statement-breakpoint
CREATE INDEX "forum_pending_post_author_idx" ON "forum_pending_post" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "forum_pending_post_queue_idx" ON "forum_pending_post" USING btree ("rejected_at","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "forum_post_revision_version_idx" ON "forum_post_revision" USING btree ("post_id","version");