CREATE TABLE "pledge_progress_reminders" (
	"pledge_id" uuid NOT NULL,
	"level" text NOT NULL,
	"due_on" date NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledge_progress_reminders_pledge_id_level_due_on_pk" PRIMARY KEY("pledge_id","level","due_on")
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"requester_id" uuid,
	"requester_organisation_id" uuid,
	"requester_country_iso3" text,
	"kind" text NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"objectives" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reply" text,
	"reply_language" text,
	"replied_by" uuid,
	"replied_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_requests_one_requester" CHECK (("support_requests"."requester_organisation_id" is null) <> ("support_requests"."requester_country_iso3" is null))
);
--> statement-breakpoint
ALTER TABLE "pledge_progress_reminders" ADD CONSTRAINT "pledge_progress_reminders_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_requester_organisation_id_organisations_id_fk" FOREIGN KEY ("requester_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_requester_country_iso3_countries_iso3_fk" FOREIGN KEY ("requester_country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_replied_by_users_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_requests_subject_idx" ON "support_requests" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "support_requests_status_idx" ON "support_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "support_requests_organisation_idx" ON "support_requests" USING btree ("requester_organisation_id");--> statement-breakpoint
CREATE INDEX "support_requests_country_idx" ON "support_requests" USING btree ("requester_country_iso3");