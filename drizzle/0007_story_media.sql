ALTER TABLE "story" ADD COLUMN "cover_image_id" text;--> statement-breakpoint
ALTER TABLE "story" ADD COLUMN "photos" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "story" ADD COLUMN "video" jsonb;--> statement-breakpoint
ALTER TABLE "story_revision" ADD COLUMN "cover_image_id" text;--> statement-breakpoint
ALTER TABLE "story_revision" ADD COLUMN "photos" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "story_revision" ADD COLUMN "video" jsonb;