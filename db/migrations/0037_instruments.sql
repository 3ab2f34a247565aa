CREATE TABLE "champion_considerations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_iso3" text NOT NULL,
	"considered_on" date NOT NULL,
	"criteria" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "champions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_iso3" text NOT NULL,
	"joined_on" date,
	"commitments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"support_requested" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"support_given" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"confirmation" text DEFAULT 'unconfirmed' NOT NULL,
	"sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mechanism_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mechanism_id" uuid NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"aims" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"outputs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"held_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mechanism_chairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mechanism_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"country_iso3" text,
	"holder" text,
	"from_on" date NOT NULL,
	"until_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mechanism_chairs_holder" CHECK ("mechanism_chairs"."country_iso3" is not null or "mechanism_chairs"."holder" is not null),
	CONSTRAINT "mechanism_chairs_order" CHECK ("mechanism_chairs"."until_on" is null or "mechanism_chairs"."until_on" >= "mechanism_chairs"."from_on")
);
--> statement-breakpoint
CREATE TABLE "mechanism_meetings" (
	"mechanism_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	CONSTRAINT "mechanism_meetings_mechanism_id_meeting_id_pk" PRIMARY KEY("mechanism_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "mechanisms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"acronym" text,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"region_id" text,
	"member_states" text[] DEFAULT '{}'::text[] NOT NULL,
	"observer_states" text[] DEFAULT '{}'::text[] NOT NULL,
	"secretariat" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"thematic_focus" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"gcm_engagement" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"working_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"focal_points" text[] DEFAULT '{}'::text[] NOT NULL,
	"review_contributions" text[] DEFAULT '{}'::text[] NOT NULL,
	"confirmation" text DEFAULT 'unconfirmed' NOT NULL,
	"sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "un_network_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"leads" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "un_networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"level" text NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"country_iso3" text,
	"region_id" text,
	"established_year" integer,
	"lead" text,
	"members" text[] DEFAULT '{}'::text[] NOT NULL,
	"executive_committee" text[] DEFAULT '{}'::text[] NOT NULL,
	"confirmation" text DEFAULT 'unconfirmed' NOT NULL,
	"sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "un_networks_level_place" CHECK (("un_networks"."level" <> 'country' or "un_networks"."country_iso3" is not null) and ("un_networks"."level" = 'country' or "un_networks"."country_iso3" is null))
);
--> statement-breakpoint
ALTER TABLE "champion_considerations" ADD CONSTRAINT "champion_considerations_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "champion_considerations" ADD CONSTRAINT "champion_considerations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "champions" ADD CONSTRAINT "champions_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mechanism_activities" ADD CONSTRAINT "mechanism_activities_mechanism_id_mechanisms_id_fk" FOREIGN KEY ("mechanism_id") REFERENCES "public"."mechanisms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mechanism_activities" ADD CONSTRAINT "mechanism_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mechanism_chairs" ADD CONSTRAINT "mechanism_chairs_mechanism_id_mechanisms_id_fk" FOREIGN KEY ("mechanism_id") REFERENCES "public"."mechanisms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mechanism_chairs" ADD CONSTRAINT "mechanism_chairs_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mechanism_chairs" ADD CONSTRAINT "mechanism_chairs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mechanism_meetings" ADD CONSTRAINT "mechanism_meetings_mechanism_id_mechanisms_id_fk" FOREIGN KEY ("mechanism_id") REFERENCES "public"."mechanisms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mechanism_meetings" ADD CONSTRAINT "mechanism_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mechanisms" ADD CONSTRAINT "mechanisms_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "un_network_groups" ADD CONSTRAINT "un_network_groups_network_id_un_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."un_networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "un_networks" ADD CONSTRAINT "un_networks_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "un_networks" ADD CONSTRAINT "un_networks_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "champion_considerations_country_idx" ON "champion_considerations" USING btree ("country_iso3","considered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "champions_country_idx" ON "champions" USING btree ("country_iso3");--> statement-breakpoint
CREATE INDEX "mechanism_activities_mechanism_idx" ON "mechanism_activities" USING btree ("mechanism_id","held_on");--> statement-breakpoint
CREATE INDEX "mechanism_chairs_mechanism_idx" ON "mechanism_chairs" USING btree ("mechanism_id","from_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mechanisms_slug_idx" ON "mechanisms" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "un_network_groups_network_idx" ON "un_network_groups" USING btree ("network_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "un_networks_slug_idx" ON "un_networks" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "un_networks_country_idx" ON "un_networks" USING btree ("country_iso3");