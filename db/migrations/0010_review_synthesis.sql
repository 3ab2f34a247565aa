CREATE TABLE "review_synthesis_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"status" text NOT NULL,
	"number" integer,
	"narrative" jsonb NOT NULL,
	"compiled" jsonb,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_synthesis_reports_published_frozen" CHECK (("review_synthesis_reports"."status" = 'draft' and "review_synthesis_reports"."number" is null and "review_synthesis_reports"."compiled" is null)
        or ("review_synthesis_reports"."status" = 'published' and "review_synthesis_reports"."number" >= 1 and "review_synthesis_reports"."compiled" is not null and "review_synthesis_reports"."published_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "review_synthesis_reports" ADD CONSTRAINT "review_synthesis_reports_cycle_id_review_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."review_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_synthesis_reports" ADD CONSTRAINT "review_synthesis_reports_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_synthesis_reports" ADD CONSTRAINT "review_synthesis_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "review_synthesis_reports_draft_unique" ON "review_synthesis_reports" USING btree ("cycle_id") WHERE "review_synthesis_reports"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "review_synthesis_reports_number_unique" ON "review_synthesis_reports" USING btree ("cycle_id","number") WHERE "review_synthesis_reports"."status" = 'published';