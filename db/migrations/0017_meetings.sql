CREATE TABLE "meeting_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"session_id" uuid,
	"speaker_kind" text NOT NULL,
	"country_iso3" text,
	"speaker_name" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"delivered_on" date NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_statements" ADD CONSTRAINT "meeting_statements_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_statements" ADD CONSTRAINT "meeting_statements_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_statements" ADD CONSTRAINT "meeting_statements_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_statements" ADD CONSTRAINT "meeting_statements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_statements_meeting_idx" ON "meeting_statements" USING btree ("meeting_id","delivered_on");--> statement-breakpoint
CREATE INDEX "meeting_statements_country_idx" ON "meeting_statements" USING btree ("country_iso3");