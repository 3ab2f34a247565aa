-- Lead entity, partners and the indicator's unit become translatable ({ ar?, en? }): the text
-- written so far goes into the slot of the action's original language (decision in docs/decisions.md).
ALTER TABLE "plan_actions" ALTER COLUMN "partners" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "plan_actions" ALTER COLUMN "lead_entity" SET DATA TYPE jsonb USING (CASE WHEN btrim("lead_entity") = '' THEN '{}'::jsonb ELSE jsonb_build_object("original_language", "lead_entity") END);--> statement-breakpoint
ALTER TABLE "plan_actions" ALTER COLUMN "lead_entity" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "plan_actions" ALTER COLUMN "partners" SET DATA TYPE jsonb USING (CASE WHEN btrim("partners") = '' THEN '{}'::jsonb ELSE jsonb_build_object("original_language", "partners") END);--> statement-breakpoint
ALTER TABLE "plan_actions" ALTER COLUMN "partners" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "plan_actions" ALTER COLUMN "indicator_unit" SET DATA TYPE jsonb USING (CASE WHEN "indicator_unit" IS NULL THEN NULL ELSE jsonb_build_object("original_language", "indicator_unit") END);--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "sdg_targets" text[] DEFAULT '{}'::text[] NOT NULL;
