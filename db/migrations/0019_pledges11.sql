ALTER TABLE "pledges" ADD COLUMN "pledger_category" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "sdg_targets" text[] DEFAULT '{}'::text[] NOT NULL;