CREATE TABLE "concept_note_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"concept_note_id" uuid NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"decision_id" uuid,
	"actor_id" uuid,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concept_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"country_iso3" text,
	"region_id" text,
	"thematic_area_id" integer NOT NULL,
	"un_organisations" text[] DEFAULT '{}'::text[] NOT NULL,
	"government_entities" text[] DEFAULT '{}'::text[] NOT NULL,
	"stakeholders" text[] DEFAULT '{}'::text[] NOT NULL,
	"budget_requested_usd" numeric(18, 2) NOT NULL,
	"duration_months" integer NOT NULL,
	"gender_marker" integer NOT NULL,
	"human_rights_marker" integer NOT NULL,
	"child_sensitivity_marker" integer NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"not_selected_reason" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"pipeline_at" timestamp with time zone,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concept_notes_one_place" CHECK (("concept_notes"."country_iso3" is null) <> ("concept_notes"."region_id" is null)),
	CONSTRAINT "concept_notes_budget_positive" CHECK ("concept_notes"."budget_requested_usd" > 0),
	CONSTRAINT "concept_notes_duration_positive" CHECK ("concept_notes"."duration_months" > 0),
	CONSTRAINT "concept_notes_markers_in_scale" CHECK ("concept_notes"."gender_marker" between 0 and 3 and "concept_notes"."human_rights_marker" between 0 and 3 and "concept_notes"."child_sensitivity_marker" between 0 and 3),
	CONSTRAINT "concept_notes_two_government_entities" CHECK (coalesce(array_length("concept_notes"."government_entities", 1), 0) >= 2)
);
--> statement-breakpoint
CREATE TABLE "fund_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"donor" text NOT NULL,
	"donor_country_iso3" text,
	"received_on" date NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"currency" char(3) NOT NULL,
	"usd_rate" numeric(18, 8) NOT NULL,
	"rate_date" date NOT NULL,
	"usd_value" numeric(18, 2) NOT NULL,
	"earmarked_thematic_area_id" integer,
	"created_by" uuid,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_contributions_amount_positive" CHECK ("fund_contributions"."amount" > 0 and "fund_contributions"."usd_rate" > 0 and "fund_contributions"."usd_value" > 0)
);
--> statement-breakpoint
CREATE TABLE "programme_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"organisation" text NOT NULL,
	"amount_usd" numeric(18, 2) NOT NULL,
	"transferred_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_transfers_amount_positive" CHECK ("programme_transfers"."amount_usd" > 0)
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concept_note_id" uuid,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"country_iso3" text,
	"region_id" text,
	"thematic_area_id" integer NOT NULL,
	"budget_usd" numeric(18, 2) NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_one_place" CHECK (("programmes"."country_iso3" is null) <> ("programmes"."region_id" is null)),
	CONSTRAINT "programmes_budget_positive" CHECK ("programmes"."budget_usd" > 0),
	CONSTRAINT "programmes_dates_order" CHECK ("programmes"."start_date" <= "programmes"."end_date")
);
--> statement-breakpoint
CREATE TABLE "steering_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decided_on" date NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concept_note_transitions" ADD CONSTRAINT "concept_note_transitions_concept_note_id_concept_notes_id_fk" FOREIGN KEY ("concept_note_id") REFERENCES "public"."concept_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_note_transitions" ADD CONSTRAINT "concept_note_transitions_decision_id_steering_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."steering_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_note_transitions" ADD CONSTRAINT "concept_note_transitions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_notes" ADD CONSTRAINT "concept_notes_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_notes" ADD CONSTRAINT "concept_notes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_notes" ADD CONSTRAINT "concept_notes_thematic_area_id_thematic_areas_id_fk" FOREIGN KEY ("thematic_area_id") REFERENCES "public"."thematic_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_notes" ADD CONSTRAINT "concept_notes_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_contributions" ADD CONSTRAINT "fund_contributions_donor_country_iso3_countries_iso3_fk" FOREIGN KEY ("donor_country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_contributions" ADD CONSTRAINT "fund_contributions_earmarked_thematic_area_id_thematic_areas_id_fk" FOREIGN KEY ("earmarked_thematic_area_id") REFERENCES "public"."thematic_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_contributions" ADD CONSTRAINT "fund_contributions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_transfers" ADD CONSTRAINT "programme_transfers_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_transfers" ADD CONSTRAINT "programme_transfers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_concept_note_id_concept_notes_id_fk" FOREIGN KEY ("concept_note_id") REFERENCES "public"."concept_notes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_thematic_area_id_thematic_areas_id_fk" FOREIGN KEY ("thematic_area_id") REFERENCES "public"."thematic_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steering_decisions" ADD CONSTRAINT "steering_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concept_note_transitions_note_idx" ON "concept_note_transitions" USING btree ("concept_note_id","at");--> statement-breakpoint
CREATE INDEX "concept_note_transitions_decision_idx" ON "concept_note_transitions" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "concept_notes_status_idx" ON "concept_notes" USING btree ("status");--> statement-breakpoint
CREATE INDEX "concept_notes_country_idx" ON "concept_notes" USING btree ("country_iso3");--> statement-breakpoint
CREATE INDEX "fund_contributions_received_idx" ON "fund_contributions" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "programme_transfers_programme_idx" ON "programme_transfers" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_concept_note_unique" ON "programmes" USING btree ("concept_note_id");--> statement-breakpoint
CREATE INDEX "programmes_thematic_area_idx" ON "programmes" USING btree ("thematic_area_id");--> statement-breakpoint
CREATE INDEX "steering_decisions_date_idx" ON "steering_decisions" USING btree ("decided_on");