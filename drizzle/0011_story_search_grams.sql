ALTER TABLE "story" ADD COLUMN "search_grams" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Stories written before this migration get their letter pairs here (the app keeps them from now on):
-- every pair of neighbouring Hangul, kana or CJK letters, as cjkBigrams in core/search.ts makes them.
UPDATE "story" SET "search_grams" = ARRAY(
	SELECT DISTINCT substr(lower("search_text"), i, 2)
	FROM generate_series(1, char_length("search_text") - 1) AS i
	WHERE substr(lower("search_text"), i, 2) ~ '^[ᄀ-ᇿぁ-ヿ㄰-㆏㐀-䶿一-鿿가-힣豈-﫿]{2}$'
);--> statement-breakpoint
CREATE INDEX "story_search_grams_idx" ON "story" USING gin ("search_grams");
