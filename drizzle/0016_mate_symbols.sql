CREATE TABLE "symbol_site_check" (
	"user_id" text NOT NULL,
	"url" text NOT NULL,
	"result" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "symbol_site_check_user_id_url_pk" PRIMARY KEY("user_id","url")
);
--> statement-breakpoint
CREATE TABLE "symbol_artwork" (
	"symbol" text PRIMARY KEY NOT NULL,
	"svg" text NOT NULL,
	"png_base64" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "symbol_load" (
	"user_id" text NOT NULL,
	"symbol" text NOT NULL,
	"origin" text NOT NULL,
	"day" date NOT NULL,
	"loads" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "symbol_load_user_id_symbol_origin_day_pk" PRIMARY KEY("user_id","symbol","origin","day")
);
--> statement-breakpoint
ALTER TABLE "symbol_site_check" ADD CONSTRAINT "symbol_site_check_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "symbol_load" ADD CONSTRAINT "symbol_load_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "symbol_site_check_due_idx" ON "symbol_site_check" USING btree ("checked_at");