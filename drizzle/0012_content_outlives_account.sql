ALTER TABLE "story" DROP CONSTRAINT "story_author_id_user_id_fk";
--> statement-breakpoint
ALTER TABLE "image" DROP CONSTRAINT "image_owner_id_user_id_fk";
--> statement-breakpoint
ALTER TABLE "video" DROP CONSTRAINT "video_owner_id_user_id_fk";
--> statement-breakpoint
ALTER TABLE "story" ALTER COLUMN "author_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "image" ALTER COLUMN "owner_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "video" ALTER COLUMN "owner_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "story" ADD CONSTRAINT "story_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "image" ADD CONSTRAINT "image_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video" ADD CONSTRAINT "video_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;