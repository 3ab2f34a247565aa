CREATE TABLE "review_cycle_letters" (
	"cycle_id" uuid PRIMARY KEY NOT NULL,
	"subject" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_outreach_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"cycle_id" uuid NOT NULL,
	"country_iso3" text NOT NULL,
	"kind" text NOT NULL,
	"contact_id" uuid,
	"user_id" uuid,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_receipts" (
	"review_id" uuid PRIMARY KEY NOT NULL,
	"received_on" date NOT NULL,
	"file_id" uuid,
	"objectives" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"registered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"place" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"meeting_id" uuid,
	"invited_states" text[] DEFAULT '{}'::text[] NOT NULL,
	"attended_states" text[] DEFAULT '{}'::text[] NOT NULL,
	"participants" integer,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_workshops_dates_order" CHECK ("review_workshops"."ends_on" is null or "review_workshops"."starts_on" <= "review_workshops"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "state_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" text NOT NULL,
	"country_iso3" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"ministry" text DEFAULT '' NOT NULL,
	"email" text NOT NULL,
	"locale" text DEFAULT 'ar' NOT NULL,
	"user_id" uuid,
	"account_invited_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_signed_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "review_cycle_letters" ADD CONSTRAINT "review_cycle_letters_cycle_id_review_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."review_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cycle_letters" ADD CONSTRAINT "review_cycle_letters_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_outreach_messages" ADD CONSTRAINT "review_outreach_messages_cycle_id_review_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."review_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_outreach_messages" ADD CONSTRAINT "review_outreach_messages_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_outreach_messages" ADD CONSTRAINT "review_outreach_messages_contact_id_state_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."state_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_outreach_messages" ADD CONSTRAINT "review_outreach_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_outreach_messages" ADD CONSTRAINT "review_outreach_messages_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_receipts" ADD CONSTRAINT "review_receipts_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_receipts" ADD CONSTRAINT "review_receipts_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_receipts" ADD CONSTRAINT "review_receipts_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_workshops" ADD CONSTRAINT "review_workshops_cycle_id_review_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."review_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_workshops" ADD CONSTRAINT "review_workshops_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_workshops" ADD CONSTRAINT "review_workshops_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_contacts" ADD CONSTRAINT "state_contacts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_contacts" ADD CONSTRAINT "state_contacts_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_contacts" ADD CONSTRAINT "state_contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_contacts" ADD CONSTRAINT "state_contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_outreach_messages_state_idx" ON "review_outreach_messages" USING btree ("cycle_id","country_iso3","kind","sent_at");--> statement-breakpoint
CREATE INDEX "review_workshops_cycle_idx" ON "review_workshops" USING btree ("cycle_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "state_contacts_email_unique" ON "state_contacts" USING btree ("region_id","country_iso3",lower("email"));--> statement-breakpoint
CREATE INDEX "state_contacts_state_idx" ON "state_contacts" USING btree ("region_id","country_iso3");