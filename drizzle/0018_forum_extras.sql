CREATE TABLE "forum_draft" (
	"user_id" text NOT NULL,
	"key" text NOT NULL,
	"category_id" text,
	"title" text DEFAULT '' NOT NULL,
	"body" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_draft_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "forum_post_search" (
	"post_id" text PRIMARY KEY NOT NULL,
	"topic_id" integer NOT NULL,
	"search_text" text NOT NULL,
	"search_grams" text[] DEFAULT '{}' NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_reaction" (
	"post_id" text NOT NULL,
	"user_id" text NOT NULL,
	"reaction" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_reaction_post_id_user_id_reaction_pk" PRIMARY KEY("post_id","user_id","reaction")
);
--> statement-breakpoint
ALTER TABLE "forum_draft" ADD CONSTRAINT "forum_draft_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_search" ADD CONSTRAINT "forum_post_search_post_id_forum_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_search" ADD CONSTRAINT "forum_post_search_topic_id_forum_topic_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."forum_topic"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_reaction" ADD CONSTRAINT "forum_reaction_post_id_forum_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_reaction" ADD CONSTRAINT "forum_reaction_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forum_post_search_topic_idx" ON "forum_post_search" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "forum_post_search_text_idx" ON "forum_post_search" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "forum_post_search_grams_idx" ON "forum_post_search" USING gin ("search_grams");