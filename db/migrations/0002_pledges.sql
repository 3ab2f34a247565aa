CREATE TABLE "pledge_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pledge_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unit" text NOT NULL,
	"baseline" numeric,
	"target" numeric NOT NULL,
	"due_date" date
);
--> statement-breakpoint
CREATE TABLE "pledge_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pledge_id" uuid NOT NULL,
	"organisation_id" uuid,
	"country_iso3" text,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledge_partners_one_partner" CHECK (("pledge_partners"."organisation_id" is null) <> ("pledge_partners"."country_iso3" is null))
);
--> statement-breakpoint
CREATE TABLE "pledge_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pledge_id" uuid NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledge_update_values" (
	"update_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "pledge_update_values_update_id_indicator_id_pk" PRIMARY KEY("update_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "pledge_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pledge_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"status" text NOT NULL,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"organisation_id" uuid,
	"country_iso3" text,
	"created_by" uuid,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"kind" text NOT NULL,
	"matches_pledge_id" uuid,
	"forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"financial_amount" numeric(18, 2),
	"financial_currency" char(3),
	"level" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"refugee_only" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"last_progress_on" date,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledges_one_pledger" CHECK (("pledges"."organisation_id" is null) <> ("pledges"."country_iso3" is null)),
	CONSTRAINT "pledges_financial_pair" CHECK (("pledges"."financial_amount" is null) = ("pledges"."financial_currency" is null) and ("pledges"."financial_amount" is null or "pledges"."financial_amount" > 0)),
	CONSTRAINT "pledges_dates_order" CHECK ("pledges"."start_date" is null or "pledges"."end_date" is null or "pledges"."start_date" <= "pledges"."end_date")
);
--> statement-breakpoint
ALTER TABLE "pledge_indicators" ADD CONSTRAINT "pledge_indicators_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_partners" ADD CONSTRAINT "pledge_partners_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_partners" ADD CONSTRAINT "pledge_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_partners" ADD CONSTRAINT "pledge_partners_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_partners" ADD CONSTRAINT "pledge_partners_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_transitions" ADD CONSTRAINT "pledge_transitions_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_transitions" ADD CONSTRAINT "pledge_transitions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_update_values" ADD CONSTRAINT "pledge_update_values_update_id_pledge_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."pledge_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_update_values" ADD CONSTRAINT "pledge_update_values_indicator_id_pledge_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."pledge_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_updates" ADD CONSTRAINT "pledge_updates_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_updates" ADD CONSTRAINT "pledge_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_matches_pledge_id_pledges_id_fk" FOREIGN KEY ("matches_pledge_id") REFERENCES "public"."pledges"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pledge_indicators_position_unique" ON "pledge_indicators" USING btree ("pledge_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "pledge_partners_organisation_unique" ON "pledge_partners" USING btree ("pledge_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pledge_partners_country_unique" ON "pledge_partners" USING btree ("pledge_id","country_iso3");--> statement-breakpoint
CREATE INDEX "pledge_partners_organisation_idx" ON "pledge_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "pledge_partners_country_idx" ON "pledge_partners" USING btree ("country_iso3");--> statement-breakpoint
CREATE INDEX "pledge_transitions_pledge_idx" ON "pledge_transitions" USING btree ("pledge_id","at");--> statement-breakpoint
CREATE INDEX "pledge_update_values_indicator_idx" ON "pledge_update_values" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "pledge_updates_pledge_idx" ON "pledge_updates" USING btree ("pledge_id","reported_on");--> statement-breakpoint
CREATE UNIQUE INDEX "pledges_external_id_unique" ON "pledges" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "pledges_status_idx" ON "pledges" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "pledges_country_idx" ON "pledges" USING btree ("country_iso3","status");--> statement-breakpoint
CREATE INDEX "pledges_organisation_idx" ON "pledges" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "pledges_published_at_idx" ON "pledges" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "pledges_matches_idx" ON "pledges" USING btree ("matches_pledge_id");