CREATE TABLE "cohort" (
	"id" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"size_target" integer NOT NULL,
	"applications_open" timestamp with time zone NOT NULL,
	"applications_close" timestamp with time zone NOT NULL,
	"languages" text[] NOT NULL,
	"opened_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_year_unique" UNIQUE("year")
);
--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_opened_by_user_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;