CREATE TABLE "implementation_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_iso3" text NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"adopted_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "implementation_plans_period_order" CHECK ("implementation_plans"."period_start" <= "implementation_plans"."period_end")
);
--> statement-breakpoint
CREATE TABLE "plan_action_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"status" text NOT NULL,
	"value" numeric,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"lead_entity" text NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"budget_amount" numeric(18, 2),
	"budget_currency" char(3),
	"indicator_name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"indicator_unit" text,
	"indicator_baseline" numeric,
	"indicator_target" numeric,
	"status" text DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_actions_dates_order" CHECK ("plan_actions"."start_date" <= "plan_actions"."end_date"),
	CONSTRAINT "plan_actions_budget_pair" CHECK (("plan_actions"."budget_amount" is null) = ("plan_actions"."budget_currency" is null) and ("plan_actions"."budget_amount" is null or "plan_actions"."budget_amount" > 0)),
	CONSTRAINT "plan_actions_indicator_complete" CHECK (("plan_actions"."indicator_unit" is null) = ("plan_actions"."indicator_target" is null) and ("plan_actions"."indicator_unit" is null) = ("plan_actions"."indicator_baseline" is null))
);
--> statement-breakpoint
ALTER TABLE "implementation_plans" ADD CONSTRAINT "implementation_plans_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_plans" ADD CONSTRAINT "implementation_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_updates" ADD CONSTRAINT "plan_action_updates_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_updates" ADD CONSTRAINT "plan_action_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_plan_id_implementation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."implementation_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "implementation_plans_country_idx" ON "implementation_plans" USING btree ("country_iso3","status","period_start");--> statement-breakpoint
CREATE INDEX "plan_action_updates_action_idx" ON "plan_action_updates" USING btree ("action_id","reported_on");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_actions_position_unique" ON "plan_actions" USING btree ("plan_id","position");