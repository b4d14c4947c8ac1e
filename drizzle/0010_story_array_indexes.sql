CREATE INDEX "story_topics_idx" ON "story" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "story_districts_idx" ON "story" USING gin ("districts");